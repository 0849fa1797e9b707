using ArchiveSite.Input;
using ArchiveSite.Model;

namespace ArchiveSite.Tests.Content;

/// <summary>The published archive in input/ is held to its editorial bar: clean check, every theme used, no repeated source.</summary>
public class ArchiveContentTests
{
    private static readonly Lazy<(BuildResult Result, SiteInput Input)> Archive = new(() =>
    {
        var result = new SiteBuild(new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, Search: false, Today: DateOnly.FromDateTime(DateTime.UtcNow))).Check();
        var input = InputReader.Read(RepositoryPaths.Input, includeDrafts: false, new ArchiveSite.Diagnostics.DiagnosticBag())!;
        return (result, input);
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
    public void Each_digest_has_2_to_5_themes_1_to_3_sources_and_a_body_of_250_to_600_words()
    {
        var problems = new List<string>();
        foreach (var digest in Archive.Value.Input.Digests)
        {
            var words = Words(File.ReadAllText(Path.Combine(RepositoryPaths.Input, digest.SourcePath)).Split("\n---\n", 2)[1]);
            if (digest.Tags.Count is < 2 or > 5 || digest.Sources.Count is < 1 or > 3 || words is < 250 or > 600)
            {
                problems.Add($"{digest.Slug}: {digest.Tags.Count} themes, {digest.Sources.Count} sources, {words} words");
            }
        }

        Assert.Empty(problems);
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

    private static int Words(string markdown) =>
        markdown.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
}
