using ArchiveSite.Rendering;
using HtmlAgilityPack;

namespace ArchiveSite.Tests.Rendering;

public class SafeHtmlTests
{
    private const string Origin = "https://example.org";

    [Theory]
    [InlineData("<p><a href=\"javascript:alert(1)\">x</a></p>")]
    [InlineData("<p><a href=\"&#106;avascript:alert(1)\">x</a></p>")]
    [InlineData("<p><a href='JaVaScRiPt:alert(1)'>x</a></p>")]
    [InlineData("<p><a href=javascript:alert(1)>x</a></p>")]
    [InlineData("<p><img src=\"data:text/html,x\" alt=\"x\"></p>")]
    public void Given_a_url_that_could_run_script_When_cleaned_Then_the_attribute_is_gone(string html)
    {
        var element = Parse(SafeHtml.Clean(html, Origin)).DocumentNode.SelectSingleNode("//a|//img")!;

        Assert.Null(element.GetAttributeValue("href", null));
        Assert.Null(element.GetAttributeValue("src", null));
        Assert.Equal("x", element.Name == "img" ? element.GetAttributeValue("alt", null) : element.InnerText);
    }

    [Fact]
    public void Given_a_link_to_another_site_When_cleaned_Then_it_is_marked_external_and_keeps_its_target()
    {
        var link = Parse(SafeHtml.Clean("<p>See <a href=\"https://news.example.net/a?b=1&amp;c=2\" title=\"t\">this</a>.</p>", Origin))
            .DocumentNode.SelectSingleNode("//a")!;

        Assert.Equal("external noopener noreferrer", link.GetAttributeValue("rel", null));
        Assert.Equal("https://news.example.net/a?b=1&c=2", HtmlEntity.DeEntitize(link.GetAttributeValue("href", null)));
        Assert.Equal("t", link.GetAttributeValue("title", null));
    }

    [Fact]
    public void Given_a_link_with_its_own_rel_When_it_leaves_the_site_Then_rel_is_replaced_not_doubled()
    {
        var link = Parse(SafeHtml.Clean("<a rel=nofollow href=\"http://elsewhere.net/\">x</a>", Origin)).DocumentNode.SelectSingleNode("//a")!;

        Assert.Equal("external noopener noreferrer", link.GetAttributeValue("rel", null));
        Assert.Single(link.Attributes, a => a.Name == "rel");
    }

    [Theory]
    [InlineData("<a href=\"https://example.org/digests/x/\">x</a>")]
    [InlineData("<a href=\"/digests/x/\">x</a>")]
    [InlineData("<a href=\"#sources\">x</a>")]
    public void Given_a_link_within_the_site_When_cleaned_Then_the_html_is_unchanged(string html)
    {
        Assert.Equal(html, SafeHtml.Clean(html, Origin));
    }

    [Fact]
    public void Given_several_links_When_some_change_Then_the_text_around_them_is_kept_byte_for_byte()
    {
        const string html = "<h2 id=\"why\">Why — café</h2>\n<p>A <a href=\"https://a.net/\">b</a> &amp; <em>c</em> <a href=\"/x/\">d</a><br />\ne</p>";

        var cleaned = SafeHtml.Clean(html, Origin);

        Assert.Equal(html.Replace("href=\"https://a.net/\"", "href=\"https://a.net/\" rel=\"external noopener noreferrer\"", StringComparison.Ordinal), cleaned);
    }

    private static HtmlDocument Parse(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        return document;
    }
}
