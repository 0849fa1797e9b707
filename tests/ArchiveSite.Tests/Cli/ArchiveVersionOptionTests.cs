using System.CommandLine;
using ArchiveSite.Cli.Commands;

namespace ArchiveSite.Tests.Cli;

/// <summary>The archive's version for a build: --archive-version, else the tag of a GitHub Actions tag build, else none.</summary>
public class ArchiveVersionOptionTests
{
    private static readonly Dictionary<string, string> TagBuild = new() { ["GITHUB_REF_TYPE"] = "tag", ["GITHUB_REF_NAME"] = "v2026.12" };

    [Fact]
    public void Given_archive_version_When_read_Then_the_build_has_that_version()
    {
        Assert.Equal("2026.12", Read(["--archive-version", "2026.12"], []).Version);
    }

    [Fact]
    public void Given_a_tag_build_When_read_without_the_option_Then_the_tag_is_the_version()
    {
        Assert.Equal("v2026.12", Read([], TagBuild).Version);
    }

    [Fact]
    public void Given_a_branch_build_When_read_Then_no_version_is_claimed()
    {
        Assert.Null(Read([], new() { ["GITHUB_REF_TYPE"] = "branch", ["GITHUB_REF_NAME"] = "main" }).Version);
        Assert.Null(Read([], []).Version);
    }

    [Fact]
    public void Given_both_When_read_Then_the_option_wins_over_the_tag()
    {
        Assert.Equal("v9", Read(["--archive-version", "v9"], TagBuild).Version);
    }

    [Theory]
    [InlineData("release/2026")]
    [InlineData("1.0 beta")]
    [InlineData("-rc")]
    [InlineData("{v1}")]
    public void Given_an_unusable_version_When_read_Then_it_is_a_usage_error(string version)
    {
        var options = new SiteOptions();
        var command = new Command("build");
        options.AddTo(command, output: true);

        Assert.Null(options.Read(command.Parse(["--archive-version", version]), _ => null));
        Assert.Null(options.Read(command.Parse([]), new Dictionary<string, string> { ["GITHUB_REF_TYPE"] = "tag", ["GITHUB_REF_NAME"] = version }.GetValueOrDefault));
    }

    [Fact]
    public void Given_an_unusable_version_When_the_tool_runs_Then_it_exits_2_naming_the_rule()
    {
        using var temp = new TempFolder();

        var run = CliProcess.Run(temp.Path, "build", "--no-search", "--archive-version", "release/2026");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("archivesite: --archive-version 'release/2026' is not a usable archive version: it must start with a letter or digit", run.Stderr, StringComparison.Ordinal);
    }

    private static BuildOptions Read(string[] args, Dictionary<string, string> environment)
    {
        var options = new SiteOptions();
        var command = new Command("build");
        options.AddTo(command, output: true);
        return options.Read(command.Parse(args), environment.GetValueOrDefault)!;
    }
}
