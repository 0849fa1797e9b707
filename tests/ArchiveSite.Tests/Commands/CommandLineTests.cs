using ArchiveSite.Tests.Cli;

namespace ArchiveSite.Tests.Commands;

/// <summary>The `archivesite` program as a user runs it: exit codes, plain output when redirected, defaults.</summary>
public class CommandLineTests
{
    [Fact]
    public void Check_of_a_valid_archive_exits_0_and_writes_nothing()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepositoryPaths.Fixture("minimal"), "input");

        var run = CliProcess.Run(temp.Path, "check");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Checked 3 digests: 0 errors, 3 warnings.", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(["input"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Content_errors_exit_1_with_every_problem_as_a_located_line()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("minimal"), "input");
        File.WriteAllText(Path.Combine(input, "digests", "2023", "older-story.md"),
            File.ReadAllText(Path.Combine(input, "digests", "2023", "older-story.md")).Replace("tags: [labor, privacy]", "tgas: [labour]", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(input, "digests", "2024", "copy.md"), "---\ndate: not-a-date\n---\n");

        var run = CliProcess.Run(temp.Path, "build", "--no-search");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("input/digests/2023/older-story.md:5:1: error AS0104: unknown key 'tgas'; did you mean 'tags'?", lines);
        Assert.Contains("input/digests/2024/copy.md:2:7: error AS0108: 'date' is not a valid date 'not-a-date'; write it as YYYY-MM-DD", lines);
        Assert.Contains(lines, l => l.StartsWith("input/digests/2024/copy.md:2:1: error AS0105: missing required key 'title'", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was written to output", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("output")));
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("build", "--base-url", "not a url")]
    public void Usage_errors_exit_2(params string[] arguments)
    {
        using var temp = new TempFolder();

        var run = CliProcess.Run(temp.Path, arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Stderr);
    }

    [Fact]
    public void Build_uses_the_default_folders_and_prints_plain_lines_when_redirected()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepositoryPaths.Fixture("minimal"), "input");
        temp.CopyFrom(RepositoryPaths.Theme, "theme");

        var run = CliProcess.Run(temp.Path, "build", "--no-search", "--base-url", "https://user.github.io/repo");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Rendering pages...", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Stderr, StringComparison.Ordinal);
        var home = File.ReadAllText(temp.Combine("output", "index.html"));
        Assert.Contains("href=\"https://user.github.io/repo/\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_with_drafts_includes_draft_digests()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepositoryPaths.Fixture("minimal"), "input");
        temp.CopyFrom(RepositoryPaths.Theme, "theme");

        var run = CliProcess.Run(temp.Path, "build", "--no-search", "--drafts");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(temp.Combine("output", "digests", "draft-story", "index.html")));
    }
}
