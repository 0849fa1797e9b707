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
}
