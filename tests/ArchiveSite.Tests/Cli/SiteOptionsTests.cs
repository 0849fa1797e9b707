using System.CommandLine;
using ArchiveSite.Cli.Commands;

namespace ArchiveSite.Tests.Cli;

public class SiteOptionsTests
{
    [Theory]
    [InlineData("https://owner.github.io/repo")]
    [InlineData("https://owner.github.io/repo/")]
    public void Given_the_base_url_configure_pages_reports_When_read_Then_a_trailing_slash_makes_no_difference(string baseUrl)
    {
        var options = new SiteOptions();
        var command = new Command("build");
        options.AddTo(command, output: true);

        var build = options.Read(command.Parse(["--base-url", baseUrl]));

        Assert.Equal(new Uri("https://owner.github.io/repo/"), build!.BaseUrl);
    }

    [Fact]
    public void Given_a_custom_domain_without_a_path_When_read_Then_the_site_is_at_the_root()
    {
        var options = new SiteOptions();
        var command = new Command("build");
        options.AddTo(command, output: true);

        var build = options.Read(command.Parse(["--base-url", "https://www.example.com"]));

        Assert.Equal("/", build!.BaseUrl!.AbsolutePath);
    }

    [Theory]
    [InlineData("--output", "")]
    [InlineData("--output", " ")]
    [InlineData("--input", "")]
    [InlineData("--theme", "")]
    public void Given_an_empty_folder_option_When_parsed_Then_it_is_an_error_naming_the_option(string option, string value)
    {
        var options = new SiteOptions();
        var command = new Command("build");
        options.AddTo(command, output: true);

        var errors = command.Parse([option, value]).Errors;

        Assert.Equal($"{option} needs a folder name, not an empty value", Assert.Single(errors).Message);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("serve")]
    public void Given_an_empty_output_When_the_tool_runs_Then_it_is_a_usage_error_with_exit_code_2_and_no_stack_trace(string verb)
    {
        using var temp = new TempFolder();

        var run = CliProcess.Run(temp.Path, verb, "--output", "", "--no-search");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("archivesite: --output needs a folder name, not an empty value", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", run.Stderr, StringComparison.Ordinal);
    }
}
