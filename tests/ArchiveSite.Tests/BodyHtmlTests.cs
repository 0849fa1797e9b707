using System.Xml.Linq;
using HtmlAgilityPack;

namespace ArchiveSite.Tests;

/// <summary>A body is made safe once, when it is read: the digest page, the feeds and plain pages publish the same HTML.</summary>
public class BodyHtmlTests(SiteBuildFixture site) : IClassFixture<SiteBuildFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("tags/labor/feed.xml")]
    [InlineData("entities/openai/feed.xml")]
    public void Given_a_digest_When_published_Then_its_feed_entry_carries_exactly_the_body_of_its_page(string feedFile)
    {
        var pageBody = Normalised(site.Html("digests/sora-leak/index.html").One("//article[@class='digest']/div[@class='body']").InnerHtml);

        var entry = XDocument.Load(Path.Combine(site.Output, feedFile)).Descendants(Atom + "entry")
            .Single(e => e.Element(Atom + "id")!.Value.EndsWith("/digests/sora-leak/", StringComparison.Ordinal));
        var feedBody = Normalised(Parse(entry.Element(Atom + "content")!.Value).DocumentNode.InnerHtml);

        Assert.Equal(pageBody, feedBody);
        Assert.Equal("external noopener noreferrer", Parse(feedBody).One("//a[@href='https://example.com/sora-leak']").Attr("rel"));
    }

    [Fact]
    public void Given_a_relative_link_in_a_body_When_read_in_a_feed_Then_it_resolves_to_the_same_address_as_on_the_page()
    {
        var entry = XDocument.Load(Path.Combine(site.Output, "feed.xml")).Descendants(Atom + "entry")
            .Single(e => e.Element(Atom + "id")!.Value.EndsWith("/digests/sora-leak/", StringComparison.Ordinal));
        var content = entry.Element(Atom + "content")!;
        var href = Parse(content.Value).One("//a[text()='the theme']").Attr("href");

        var pageUrl = entry.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "alternate").Attribute("href")!.Value;
        Assert.Equal(pageUrl, content.Attribute(XNamespace.Xml + "base")!.Value);
        Assert.Equal("https://example.test/repo/tags/labor/", new Uri(new Uri(pageUrl), href).AbsoluteUri);
    }

    [Fact]
    public void Given_raw_html_in_a_body_When_published_Then_the_feed_shows_it_as_text_too()
    {
        var content = XDocument.Load(Path.Combine(site.Output, "feed.xml")).Descendants(Atom + "content")
            .Select(c => Parse(c.Value))
            .Single(c => c.DocumentNode.Text().Contains("raw html is text", StringComparison.Ordinal));

        Assert.False(content.DocumentNode.Has("//script"));
        Assert.Contains("<script>alert(\"raw html is text\")</script>", content.DocumentNode.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_plain_page_with_a_link_to_another_site_When_published_Then_the_link_is_marked_like_a_digest_link()
    {
        var link = site.Html("about/index.html").One("//main//a[@href='https://github.com/example/archive']");

        Assert.Equal("external noopener noreferrer", link.Attr("rel"));
    }

    [Fact]
    public void Given_the_fixture_with_raw_html_When_built_Then_the_build_warns_where_it_is()
    {
        Assert.Contains(site.Result.Diagnostics, d => d.Code == "AS0120" && d.Location.Path.EndsWith("sora-leak.md", StringComparison.Ordinal) && d.Location.Line == 34 && d.Location.Column == 1);
    }

    // Both sides pass through the same HTML serialiser (HtmlAgilityPack writes <hr /> as <hr>); the newlines around the
    // body differ between the page template and the feed.
    private static string Normalised(string html) => html.Trim().ReplaceLineEndings("\n");

    private static HtmlDocument Parse(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        return document;
    }
}
