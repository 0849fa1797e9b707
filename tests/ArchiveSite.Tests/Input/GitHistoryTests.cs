using System.Text.Json;
using ArchiveSite.Tests.Cli;
using HtmlAgilityPack;

namespace ArchiveSite.Tests.Input;

/// <summary>The three dates of a digest over real git repositories: added and last changed from history, updated: on top,
/// nothing claimed without history, the same bytes on every build of one commit, and one git process per build.</summary>
public class GitHistoryTests
{
    private const string DatesXPath = "//p[contains(concat(' ', @class, ' '), ' dates ')]";

    [Fact]
    public void Given_a_digest_added_edited_and_renamed_in_three_commits_When_built_Then_its_page_data_and_metadata_say_when_it_was_added_and_last_changed()
    {
        using var repo = ThreeCommits();
        var output = repo.Temp.Combine("site");

        var result = SiteBuilds.Build(repo.Input, output);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("AS018", StringComparison.Ordinal));
        var page = Html(output, "older-story");
        Assert.Equal("Added to the archive on 1 December 2024. Last changed on 5 December 2024.", page.One(DatesXPath).Text().Trim());
        Assert.Equal(["2024-12-01", "2024-12-05"], page.All(DatesXPath + "/time").Select(t => t.Attr("datetime")));
        Assert.Equal("2024-12-01T00:00:00Z", page.One("//meta[@property='article:published_time']").Attr("content"));
        Assert.Equal("2024-12-05T00:00:00Z", page.One("//meta[@property='article:modified_time']").Attr("content"));
        var article = JsonLd(page);
        Assert.Equal("2023-05-10", article.GetProperty("temporalCoverage").GetString());
        Assert.Equal("2024-12-01", article.GetProperty("dateCreated").GetString());
        Assert.Equal("2024-12-01", article.GetProperty("datePublished").GetString());
        Assert.Equal("2024-12-05", article.GetProperty("dateModified").GetString());
        var data = Exported(output, "older-story");
        Assert.Equal(("2023-05-10", "2024-12-01", "2024-12-05"), (data.GetProperty("date").GetString(), data.GetProperty("added").GetString(), data.GetProperty("changed").GetString()));
        Assert.False(data.TryGetProperty("updated", out _));
        Assert.StartsWith("older-story,2023-05-10,,2024-12-01,2024-12-05,", CsvRow(output, "older-story"), StringComparison.Ordinal);
        Assert.Contains("<lastmod>2024-12-05</lastmod>", SitemapEntry(output, "older-story"), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_updated_in_the_front_matter_When_built_Then_it_overrides_the_last_commit_and_a_digest_never_changed_since_it_was_added_says_only_that()
    {
        using var repo = ThreeCommits();
        var output = repo.Temp.Combine("site");

        Assert.True(SiteBuilds.Build(repo.Input, output).Succeeded);

        // sora-leak.md says updated: 2024-12-02; its file was last committed on 1 December.
        Assert.Equal("Added to the archive on 1 December 2024. Last changed on 2 December 2024.", Html(output, "sora-leak").One(DatesXPath).Text().Trim());
        Assert.Equal("2024-12-02", Exported(output, "sora-leak").GetProperty("changed").GetString());
        Assert.Equal("2024-12-02", JsonLd(Html(output, "sora-leak")).GetProperty("dateModified").GetString());
        Assert.Equal("Added to the archive on 1 December 2024.", Html(output, "script-title").One(DatesXPath).Text().Trim());
        Assert.Equal("2024-12-01", Exported(output, "script-title").GetProperty("changed").GetString());
    }

    [Fact]
    public void Given_a_commit_whose_author_date_is_older_When_built_Then_the_committer_day_in_UTC_is_the_date()
    {
        using var repo = new DatedRepository();
        // Committed at 02:00 on 1 December in Karachi, which is 21:00 UTC on 30 November; authored a year before.
        repo.CommitAll("add the fixture", "2024-12-01T02:00:00+05:00", authored: "2023-12-01T12:00:00+00:00");
        var output = repo.Temp.Combine("site");

        Assert.True(SiteBuilds.Build(repo.Input, output).Succeeded);

        Assert.Equal("2024-11-30", Exported(output, "older-story").GetProperty("added").GetString());
    }

    [Fact]
    public void Given_a_shallow_clone_When_built_Then_it_warns_once_and_claims_no_added_date_and_only_updated_as_a_change()
    {
        using var repo = ThreeCommits();
        var clone = repo.Temp.Combine("clone");
        DatedRepository.Git(repo.Temp.Path, null, "clone", "--quiet", "--depth", "1", "file://" + repo.Root, clone);
        var output = repo.Temp.Combine("site");

        var result = SiteBuilds.Build(Path.Combine(clone, "input"), output);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal("AS0181", Assert.Single(result.Diagnostics, d => d.Code.StartsWith("AS018", StringComparison.Ordinal)).Code);
        AssertNoHistoryClaims(output);
    }

    [Fact]
    public void Given_an_input_folder_outside_any_repository_When_built_Then_nothing_is_said_about_history_and_nothing_is_warned()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("minimal"), "input");
        var output = temp.Combine("site");

        var result = SiteBuilds.Build(input, output);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("AS018", StringComparison.Ordinal));
        AssertNoHistoryClaims(output);
    }

    [Fact]
    public void Given_a_linked_worktree_When_built_Then_its_dot_git_file_leads_to_the_history()
    {
        using var repo = ThreeCommits();
        var worktree = repo.Temp.Combine("worktree");
        DatedRepository.Git(repo.Root, null, "worktree", "add", "--quiet", "-b", "proposal", worktree);
        var output = repo.Temp.Combine("site");

        var result = SiteBuilds.Build(Path.Combine(worktree, "input"), output);

        Assert.True(File.Exists(Path.Combine(worktree, ".git")));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("AS018", StringComparison.Ordinal));
        Assert.Equal("2024-12-05", Exported(output, "older-story").GetProperty("changed").GetString());
    }

    [Fact]
    public void Given_a_repository_with_no_commit_yet_When_built_Then_nothing_is_claimed_and_nothing_is_warned()
    {
        using var repo = new DatedRepository();
        var output = repo.Temp.Combine("site");

        var result = SiteBuilds.Build(repo.Input, output);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("AS018", StringComparison.Ordinal));
        AssertNoHistoryClaims(output);
    }

    [Fact]
    public void Given_one_commit_When_built_twice_in_one_checkout_and_once_in_a_fresh_clone_Then_every_file_is_byte_identical()
    {
        using var repo = ThreeCommits();
        var clone = repo.Temp.Combine("clone");
        DatedRepository.Git(repo.Temp.Path, null, "clone", "--quiet", "file://" + repo.Root, clone);

        Assert.True(SiteBuilds.Build(repo.Input, repo.Temp.Combine("a")).Succeeded);
        foreach (var file in Directory.EnumerateFiles(repo.Input, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(1)); // A later checkout: new file times, the same commit.
        }

        Assert.True(SiteBuilds.Build(repo.Input, repo.Temp.Combine("b")).Succeeded);
        Assert.True(SiteBuilds.Build(Path.Combine(clone, "input"), repo.Temp.Combine("c")).Succeeded);

        var first = SiteFiles(repo.Temp.Combine("a"));
        Assert.Contains("2024-12-05", System.Text.Encoding.UTF8.GetString(first["data/digests.json"]), StringComparison.Ordinal);
        foreach (var other in new[] { "b", "c" })
        {
            var files = SiteFiles(repo.Temp.Combine(other));
            Assert.Equal(first.Keys.Order(StringComparer.Ordinal), files.Keys.Order(StringComparer.Ordinal));
            Assert.All(first, f => Assert.True(f.Value.AsSpan().SequenceEqual(files[f.Key]), $"{other}/{f.Key} differs"));
        }
    }

    [Fact]
    public void Given_a_running_session_When_a_digest_is_edited_and_later_committed_Then_its_last_change_is_the_last_commit_never_the_edit()
    {
        using var repo = ThreeCommits();
        var output = repo.Temp.Combine("site");
        var session = new SiteSession(new BuildOptions(repo.Input, RepositoryPaths.Theme, output, Search: false, Today: TestArchive.Today));
        Assert.True(session.Update().Succeeded);
        var file = Path.Combine(repo.Input, "digests", "2024", "older-story.md");

        File.AppendAllText(file, "\nAn uncommitted paragraph.\n");
        Assert.True(session.Update([file]).Succeeded);
        Assert.Contains("An uncommitted paragraph.", File.ReadAllText(Path.Combine(output, "digests", "older-story", "index.html")), StringComparison.Ordinal);
        Assert.Equal("2024-12-05", Exported(output, "older-story").GetProperty("changed").GetString());

        repo.CommitAll("add a paragraph", "2024-12-20T10:00:00Z");
        var update = session.Update([]);

        Assert.True(update.Succeeded);
        Assert.Contains(update.Changed, p => p.EndsWith("older-story.md", StringComparison.Ordinal));
        Assert.Equal("Added to the archive on 1 December 2024. Last changed on 20 December 2024.", Html(output, "older-story").One(DatesXPath).Text().Trim());
        Assert.Equal("2024-12-20", Exported(output, "older-story").GetProperty("changed").GetString());
    }

    [Fact]
    public void Given_a_history_already_read_When_refreshed_Then_git_runs_again_only_after_HEAD_moved()
    {
        using var repo = ThreeCommits();
        var history = new ArchiveSite.Input.GitHistory(repo.Input);

        Assert.True(history.Refresh());
        var first = history.Files;
        Assert.False(history.Refresh());
        Assert.Same(first, history.Files);

        File.AppendAllText(Path.Combine(repo.Input, "tags.yml"), "\n");
        repo.CommitAll("touch tags", "2024-12-30T10:00:00Z");

        Assert.True(history.Refresh());
        Assert.Equal(new DateOnly(2024, 12, 30), history.Files["tags.yml"].LastCommit);
        Assert.Equal(first["digests/2024/older-story.md"], history.Files["digests/2024/older-story.md"]);
    }

    [Fact]
    public void Given_a_build_in_a_repository_When_git_is_counted_Then_one_git_process_reads_the_whole_history()
    {
        using var repo = ThreeCommits();
        var count = repo.Temp.Combine("git-calls");
        var path = WrapGit(repo.Temp, $"echo \"$*\" >> '{count}'\nexec '{RealGit()}' \"$@\"");

        var run = CliProcess.Run(repo.Temp.Path, new Dictionary<string, string> { ["PATH"] = path }, "build", "-i", repo.Input, "-t", RepositoryPaths.Theme, "-o", repo.Temp.Combine("site"), "--no-search");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        var call = Assert.Single(File.ReadAllLines(count));
        Assert.Contains(" log ", call, StringComparison.Ordinal);
        Assert.Equal("2024-12-05", Exported(repo.Temp.Combine("site"), "older-story").GetProperty("changed").GetString());
    }

    [Fact]
    public void Given_a_git_that_fails_When_built_Then_the_build_succeeds_with_one_warning_and_no_history_claims()
    {
        using var repo = ThreeCommits();
        var path = WrapGit(repo.Temp, "echo 'fatal: something went wrong' >&2\necho 'hint: a hint that follows' >&2\nexit 128");

        var run = CliProcess.Run(repo.Temp.Path, new Dictionary<string, string> { ["PATH"] = path }, "build", "-i", repo.Input, "-t", RepositoryPaths.Theme, "-o", repo.Temp.Combine("site"), "--no-search");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains("warning AS0180: git could not read the history of the input folder (fatal: something went wrong)", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
        AssertNoHistoryClaims(repo.Temp.Combine("site"));
    }

    /// <summary>Added on 1 December 2024; older-story edited on 5 December; then moved from digests/2023/ to digests/2024/ unchanged on 9 December.</summary>
    private static DatedRepository ThreeCommits()
    {
        var repo = new DatedRepository();
        repo.CommitAll("add the fixture", "2024-12-01T10:00:00Z");
        File.AppendAllText(Path.Combine(repo.Input, "digests", "2023", "older-story.md"), "\nA later paragraph.\n");
        repo.CommitAll("edit older-story", "2024-12-05T10:00:00Z");
        Directory.CreateDirectory(Path.Combine(repo.Input, "digests", "2024"));
        DatedRepository.Git(repo.Root, null, "mv", "input/digests/2023/older-story.md", "input/digests/2024/older-story.md");
        repo.CommitAll("file older-story under 2024", "2024-12-09T10:00:00Z");
        return repo;
    }

    // Without history: no "added" anywhere; the last change only where updated: says it (sora-leak, 2 December 2024).
    private static void AssertNoHistoryClaims(string output)
    {
        Assert.False(Html(output, "older-story").DocumentNode.Has(DatesXPath));
        Assert.Equal("Last changed on 2 December 2024.", Html(output, "sora-leak").One(DatesXPath).Text().Trim());
        foreach (var slug in new[] { "older-story", "sora-leak", "script-title" })
        {
            var page = Html(output, slug);
            Assert.DoesNotContain("Added to the archive", page.DocumentNode.InnerText, StringComparison.Ordinal);
            Assert.False(page.DocumentNode.Has("//meta[@property='article:published_time']"));
            Assert.False(JsonLd(page).TryGetProperty("dateCreated", out _));
            Assert.False(JsonLd(page).TryGetProperty("datePublished", out _));
            Assert.False(Exported(output, slug).TryGetProperty("added", out _));
        }

        Assert.False(Exported(output, "older-story").TryGetProperty("changed", out _));
        Assert.False(JsonLd(Html(output, "older-story")).TryGetProperty("dateModified", out _));
        Assert.Equal("2024-12-02", Exported(output, "sora-leak").GetProperty("changed").GetString());
        Assert.StartsWith("older-story,2023-05-10,,,,", CsvRow(output, "older-story"), StringComparison.Ordinal);
    }

    /// <summary>A folder holding a "git" script with <paramref name="body"/>, and a PATH that finds it first.</summary>
    private static string WrapGit(TempFolder temp, string body)
    {
        var folder = temp.Combine("bin");
        Directory.CreateDirectory(folder);
        var script = Path.Combine(folder, "git");
        File.WriteAllText(script, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return folder + ":" + Environment.GetEnvironmentVariable("PATH");
    }

    private static string RealGit() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "git")).First(File.Exists);

    private static HtmlDocument Html(string output, string slug)
    {
        var document = new HtmlDocument();
        document.Load(Path.Combine(output, "digests", slug, "index.html"));
        return document;
    }

    private static JsonElement JsonLd(HtmlDocument page) =>
        JsonDocument.Parse(HtmlEntity.DeEntitize(page.One("//script[@type='application/ld+json']").InnerText)).RootElement;

    private static JsonElement Exported(string output, string slug) =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "data", "digests.json"))).RootElement
            .GetProperty("digests").EnumerateArray().Single(d => d.GetProperty("slug").GetString() == slug);

    private static string CsvRow(string output, string slug) =>
        File.ReadAllLines(Path.Combine(output, "data", "digests.csv")).Single(l => l.StartsWith(slug + ",", StringComparison.Ordinal));

    private static string SitemapEntry(string output, string slug)
    {
        var xml = File.ReadAllText(Path.Combine(output, "sitemap.xml"));
        var at = xml.IndexOf($"/digests/{slug}/</loc>", StringComparison.Ordinal);
        return xml[at..xml.IndexOf("</url>", at, StringComparison.Ordinal)];
    }

    private static Dictionary<string, byte[]> SiteFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
