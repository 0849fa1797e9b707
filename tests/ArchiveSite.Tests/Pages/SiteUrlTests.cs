using ArchiveSite.Pages;

namespace ArchiveSite.Tests.Pages;

public class SiteUrlTests
{
    [Theory]
    [InlineData("https://example.org/", "", "tags/labor/", "/tags/labor/")]
    [InlineData("https://example.org", "", "", "/")]
    [InlineData("https://user.github.io/repo/", "/repo", "tags/labor/", "/repo/tags/labor/")]
    [InlineData("https://user.github.io/repo", "/repo", "", "/repo/")]
    [InlineData("https://user.github.io/a/b/", "/a/b", "/feed.xml", "/a/b/feed.xml")]
    public void Given_a_base_url_When_a_path_is_joined_Then_there_is_exactly_one_slash_between_parts(
        string baseUrl, string basePath, string sitePath, string expected)
    {
        var url = new SiteUrl(new Uri(baseUrl));

        Assert.Equal(basePath, url.BasePath);
        Assert.Equal(expected, url.Path(sitePath));
    }

    [Fact]
    public void Absolute_urls_carry_scheme_host_port_and_base_path()
    {
        var url = new SiteUrl(new Uri("http://127.0.0.1:8080/repo/"));

        Assert.Equal("http://127.0.0.1:8080/repo/digests/x/", url.Absolute("digests/x/"));
    }

    [Theory]
    [InlineData("", "index.html")]
    [InlineData("tags/", "tags/index.html")]
    [InlineData("feed.xml", "feed.xml")]
    [InlineData("404.html", "404.html")]
    public void Pretty_urls_are_written_as_index_files(string sitePath, string file) =>
        Assert.Equal(file, SiteUrl.OutputFile(sitePath));
}
