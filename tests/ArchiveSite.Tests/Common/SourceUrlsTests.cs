using ArchiveSite.Common;

namespace ArchiveSite.Tests.Common;

/// <summary>The key of a cited article: one per article however its address was written, and the key a browser's URL
/// gives for the same address (the about page's snippet computes it from <c>hostname</c> and <c>pathname</c>).</summary>
public class SourceUrlsTests
{
    [Theory]
    [InlineData("https://www.example.com/news/story/", "example.com/news/story")]
    [InlineData("http://example.com/news/story?utm_source=x#top", "example.com/news/story")]
    [InlineData("https://WWW.Example.COM/News/Story", "example.com/News/Story")]
    [InlineData("https://example.com:8443/a//", "example.com/a")]
    [InlineData("https://example.com/", "example.com")]
    [InlineData("https://example.com/caf%C3%A9/%7Euser", "example.com/café/~user")]
    [InlineData("https://www.exämple.com/a", "xn--exmple-cua.com/a")]
    [InlineData("https://news.www.example.com/a", "news.www.example.com/a")]
    public void Given_an_address_When_keyed_Then_the_key_is_host_and_path_as_the_rule_says(string url, string key) =>
        Assert.Equal(key, SourceUrls.Key(new Uri(url)));

    [Fact]
    public void Given_the_same_article_written_four_ways_When_keyed_Then_the_keys_are_one()
    {
        string[] ways = ["https://www.example.com/a/b", "http://example.com/a/b/", "https://example.com/a/b?ref=feed", "https://example.com/a/%62"];

        Assert.Single(ways.Select(w => SourceUrls.Key(new Uri(w))).Distinct());
    }
}
