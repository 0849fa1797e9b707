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
    public void The_archive_has_at_least_30_digests_spread_from_2016_to_2025()
    {
        var digests = Archive.Value.Input.Digests;
        Assert.True(digests.Count >= 30, $"{digests.Count} digests");
        Assert.Contains(digests, d => d.Date.Year == 2016);
        Assert.Contains(digests, d => d.Date.Year == 2025);
        Assert.True(digests.Select(d => d.Date.Year).Distinct().Count() >= 7);
    }

    [Fact]
    public void Every_theme_is_used_by_at_least_two_digests()
    {
        var input = Archive.Value.Input;
        var underused = input.Tags.Where(t => input.Digests.Count(d => d.Tags.Contains(t.Key)) < 2).Select(t => t.Key);
        Assert.Empty(underused);
        Assert.InRange(input.Tags.Count, 14, 20);
    }

    [Fact]
    public void No_two_digests_share_a_source_url()
    {
        var shared = Archive.Value.Input.Digests
            .SelectMany(d => d.Sources.Where(s => s.Url is not null).Select(s => (Url: s.Url!.AbsoluteUri.TrimEnd('/'), d.Slug)))
            .GroupBy(x => x.Url)
            .Where(g => g.Select(x => x.Slug).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Slug))}");
        Assert.Empty(shared);
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
    public void The_seed_story_cites_the_India_TV_News_report()
    {
        var sora = Archive.Value.Input.Digests.Single(d => d.Slug == "sora-leak-artists-protest");
        Assert.Equal(new DateOnly(2024, 11, 26), sora.Date);
        Assert.Contains(sora.Sources, s => s.Outlet == "India TV News" && s.Author == "Saumya Nigam" && s.Published == new DateOnly(2024, 11, 28));
        Assert.Contains("OpenAI", sora.Entities);
        Assert.Contains("Hugging Face", sora.Entities);
    }
}
