using ArchiveSite.Model;

namespace ArchiveSite.Tests.Content;

/// <summary>The published archive in input/ is held to its editorial bar: clean check, every theme used, no repeated source.</summary>
/// <remarks>The editorial rules (themes, sources, body length per digest) are site.yml's, enforced by check: these tests
/// read them from the settings check parsed and keep no numbers of their own, so a pull request that passes check
/// cannot fail here on them.</remarks>
public class ArchiveContentTests
{
    private static readonly Lazy<(BuildResult Result, SiteInput Input)> Archive = new(() =>
    {
        var result = new SiteBuild(new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, Search: false, Today: DateOnly.FromDateTime(DateTime.UtcNow))).Check();
        return (result, result.Input ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics)));
    });

    [Fact]
    public void Check_reports_no_errors_and_no_warnings() =>
        Assert.Empty(Archive.Value.Result.Diagnostics.Select(d => d.ToString()));

    [Fact]
    public void The_archive_has_60_to_90_digests_spread_from_2016_to_2026_with_at_least_three_from_2026()
    {
        var digests = Archive.Value.Input.Digests;
        Assert.InRange(digests.Count, 60, 90);
        Assert.Equal(2016, digests.Min(d => d.Date.Year));
        Assert.Equal(2026, digests.Max(d => d.Date.Year));
        Assert.True(digests.Count(d => d.Date.Year == 2026) >= 3, $"{digests.Count(d => d.Date.Year == 2026)} digests from 2026");
        Assert.True(digests.Select(d => d.Date.Year).Distinct().Count() >= 9);
    }

    [Fact]
    public void At_least_12_story_lines_each_with_two_or_more_developments()
    {
        var input = Archive.Value.Input;
        var developments = input.Stories.ToDictionary(s => s.Key, s => input.Digests.Count(d => d.Story == s.Key));
        Assert.Empty(developments.Where(s => s.Value < 2).Select(s => $"{s.Key}: {s.Value}"));
        Assert.True(developments.Count >= 12, $"{developments.Count} story lines");
    }

    [Fact]
    public void At_least_12_digests_are_about_events_outside_the_US_and_the_UK()
    {
        // Each digest records where its event happened in extra.countries (ISO 3166-1 codes, EU for the Union).
        var countries = Archive.Value.Input.Digests.ToDictionary(d => d.Slug, Countries);
        Assert.Empty(countries.Where(c => c.Value.Count == 0 || c.Value.Any(code => code.Length != 2 || !code.All(char.IsAsciiLetterUpper))).Select(c => c.Key));
        var outside = countries.Count(c => c.Value.Any(code => code is not ("US" or "GB")));
        Assert.True(outside >= 12, $"{outside} digests outside the US and the UK");
    }

    [Fact]
    public void Every_digest_has_two_to_four_sources_and_at_least_one_with_a_url()
    {
        var outside = Archive.Value.Input.Digests
            .Where(d => d.Sources.Count is < 2 or > 4 || d.Sources.All(s => s.Url is null))
            .Select(d => $"{d.Slug}: {d.Sources.Count} sources, {d.Sources.Count(s => s.Url is not null)} with a URL");
        Assert.Empty(outside);
    }

    [Fact]
    public void Every_theme_is_used_by_at_least_three_digests()
    {
        var input = Archive.Value.Input;
        var underused = input.Tags.Where(t => input.Digests.Count(d => d.Tags.Contains(t.Key)) < 3).Select(t => t.Key);
        Assert.Empty(underused);
        Assert.InRange(input.Tags.Count, 14, 20);
    }

    [Fact]
    public void No_two_digests_share_a_source_url_unless_they_are_developments_of_one_story()
    {
        var shared = Archive.Value.Input.Digests
            .SelectMany(d => d.Sources.Where(s => s.Url is not null).Select(s => (Url: s.Url!.AbsoluteUri.TrimEnd('/'), d.Slug, d.Story)))
            .GroupBy(x => x.Url)
            .Where(g => g.Select(x => x.Slug).Distinct().Count() > 1 && (g.Any(x => x.Story is null) || g.Select(x => x.Story).Distinct().Count() > 1))
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Slug))}");
        Assert.Empty(shared);
    }

    [Fact]
    public void Every_correction_is_dated_no_later_than_the_digests_last_update()
    {
        var corrected = Archive.Value.Input.Digests.Where(d => d.Corrections.Count > 0).ToList();
        Assert.NotEmpty(corrected);
        Assert.All(corrected, d => Assert.True(d.Updated >= d.Corrections[^1].Date, d.Slug));
    }

    [Fact]
    public void Site_yml_declares_editorial_rules_and_every_digest_meets_them()
    {
        var policy = Archive.Value.Input.Settings.Editorial;
        Assert.NotEqual(EditorialPolicy.Default, policy);
        Assert.NotNull(policy.BodyWords);

        var outside = Archive.Value.Input.Digests
            .Where(d => !policy.Themes.Contains(d.Tags.Count) || !policy.Sources.Contains(d.Sources.Count) || !policy.BodyWords.Value.Contains(d.BodyWords))
            .Select(d => $"{d.Slug}: {d.Tags.Count} themes, {d.Sources.Count} sources, {d.BodyWords} words");
        Assert.Empty(outside);
    }

    [Fact]
    public void The_seed_story_cites_the_outlets_that_did_the_reporting_and_opens_the_sora_story_line()
    {
        var sora = Archive.Value.Input.Digests.Single(d => d.Slug == "sora-leak-artists-protest");
        Assert.Equal(new DateOnly(2024, 11, 26), sora.Date);
        Assert.Equal("sora", sora.Story);
        Assert.Contains(sora.Sources, s => s.Outlet == "Ars Technica");
        Assert.Contains(sora.Sources, s => s.Outlet == "TechCrunch");
        Assert.Contains(sora.Sources, s => s.Outlet == "India TV News" && s.Author == "Saumya Nigam" && s.Published == new DateOnly(2024, 11, 28));
        Assert.Contains("OpenAI", sora.Entities);
        Assert.Contains("Hugging Face", sora.Entities);
    }

    private static List<string> Countries(Digest digest) =>
        digest.Extra.GetValueOrDefault("countries") is IEnumerable<object?> codes ? [.. codes.Select(c => c?.ToString() ?? "")] : [];
}
