using ArchiveSite.Tests.Contributing;

namespace ArchiveSite.Tests.Cli;

/// <summary>The built tool run as the pull-request workflow runs it: GITHUB_ACTIONS=true, a step summary file, a git checkout.</summary>
public class CheckCommandTests
{
    private const string MisspeltTagAnnotation =
        "::error file=input/digests/2025/misspelt-tag.md,line=6,col=8,title=AS0201::unknown tag 'artist-right'; did you mean 'artist-rights'?";

    [Fact]
    public void Given_a_pull_request_with_a_misspelt_tag_When_check_runs_in_GitHub_Actions_Then_it_annotates_the_line_and_fails()
    {
        using var archive = new PullRequestArchive("misspelt-tag");
        var summary = Path.Combine(archive.Root, "summary.md");

        var run = CliProcess.Run(archive.Root, GitHubActions(archive.Root, summary), "check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(MisspeltTagAnnotation, run.StdoutLines);
        Assert.Contains("input/digests/2025/misspelt-tag.md:6:8: error AS0201: unknown tag 'artist-right'; did you mean 'artist-rights'?", run.StdoutLines);
        Assert.Contains("Checked 3 digests: 1 error, 0 warnings.", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("| error | `input/digests/2025/misspelt-tag.md` | 6:8 | AS0201 |", File.ReadAllText(summary), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_clean_archive_When_check_runs_outside_GitHub_Actions_Then_it_prints_no_workflow_commands_and_succeeds()
    {
        using var archive = new PullRequestArchive("entity-alias");

        var run = CliProcess.Run(archive.Root, new Dictionary<string, string>(), "check");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(run.StdoutLines, line => line.StartsWith("::", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, line => line.StartsWith("input/digests/2025/entity-alias.md:7:20: warning AS0207:", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_problems_in_old_and_new_files_When_checked_with_changed_since_Then_the_new_files_problems_come_first_and_the_summary_lists_the_new_digest()
    {
        using var archive = new PullRequestArchive("entity-alias");
        GitRepository.Init(archive.Root);
        archive.Add("misspelt-tag");
        var summary = Path.Combine(archive.Root, "summary.md");

        var run = CliProcess.Run(archive.Root, GitHubActions(archive.Root, summary), "check", "--changed-since", "main");

        Assert.Equal(1, run.ExitCode);
        var annotations = run.StdoutLines.Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.Equal(MisspeltTagAnnotation, annotations[0]);
        Assert.StartsWith("::warning file=input/digests/2025/entity-alias.md,", annotations[1], StringComparison.Ordinal);
        var text = File.ReadAllText(summary);
        Assert.Contains("| added | A fictional studio replaces its storyboard artists with an image generator<br>`input/digests/2025/misspelt-tag.md` | 2025-03-01 | `artist-right` (unknown), Labour | ❌ 1 error, 0 warnings |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_ref_git_does_not_have_When_checked_with_changed_since_Then_it_is_a_usage_error_saying_to_fetch()
    {
        using var archive = new PullRequestArchive();
        GitRepository.Init(archive.Root);

        var run = CliProcess.Run(archive.Root, new Dictionary<string, string>(), "check", "--changed-since", "origin/main");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--changed-since: git cannot find where HEAD left 'origin/main'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("fetch-depth: 0", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_digest_whose_file_name_carries_workflow_commands_When_check_runs_in_GitHub_Actions_Then_no_line_but_its_own_annotations_is_a_command()
    {
        using var archive = new PullRequestArchive();
        var evil = Path.Combine(archive.Input, "digests", "2025", "evil\n::stop-commands::pwned\n::error file=x::injected ##[add-mask]y.md");
        Directory.CreateDirectory(Path.GetDirectoryName(evil)!);
        File.Copy(RepositoryPaths.Fixture("pr", "cases", "misspelt-tag.md"), evil);
        var summary = Path.Combine(archive.Root, "summary.md");

        var run = CliProcess.Run(archive.Root, GitHubActions(archive.Root, summary), "check");

        Assert.Equal(1, run.ExitCode);
        var commands = run.StdoutLines.Where(l => l.TrimStart().StartsWith("::", StringComparison.Ordinal) || l.Contains("##[", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(commands);
        Assert.All(commands, line => Assert.Matches(@"^::(error|warning) file=[^:,]*,line=\d+,col=\d+,title=AS\d{4}::", line));
        Assert.Contains(run.StdoutLines, l => l.StartsWith(@"input/digests/2025/evil\n::stop-commands::pwned\n::error file=x::injected ##\x5badd-mask]y.md:", StringComparison.Ordinal));
        Assert.Contains(@"`input/digests/2025/evil\n::stop-commands::pwned\n::error file=x::injected ##[add-mask]y.md`", File.ReadAllText(summary), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> GitHubActions(string workspace, string summary) => new()
    {
        ["GITHUB_ACTIONS"] = "true",
        ["GITHUB_WORKSPACE"] = workspace,
        ["GITHUB_STEP_SUMMARY"] = summary,
    };
}
