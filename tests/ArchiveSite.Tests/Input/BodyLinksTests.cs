using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using HtmlAgilityPack;

namespace ArchiveSite.Tests.Input;

/// <summary>Links in a body, made safe inside Markdig's tree: script-capable URLs dropped with a located error, links that
/// leave the site marked external.</summary>
public class BodyLinksTests
{
    private const string ExternalRel = "external noopener noreferrer";

    [Theory]
    [InlineData("[x](javascript:alert(1))", "javascript:alert(1)")]
    [InlineData("[x](&#106;avascript:alert(1))", "javascript:alert(1)")]
    [InlineData("[x](JaVaScRiPt:alert(1))", "JaVaScRiPt:alert(1)")]
    [InlineData("[x](<javascript:alert(1)>)", "javascript:alert(1)")]
    [InlineData("[x](java&#9;script:alert(1))", "java\tscript:alert(1)")]
    [InlineData("[x](vbscript:msgbox)", "vbscript:msgbox")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)", "data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("![x](data:text/html,x)", "data:text/html,x")]
    [InlineData("![x](javascript:alert(1))", "javascript:alert(1)")]
    [InlineData("[x][trap]\n\n[trap]: javascript:alert(1)", "javascript:alert(1)")]
    public void Given_a_link_or_image_that_could_run_script_When_rendered_Then_it_is_dropped_its_text_kept_and_an_error_located(
        string markdown, string url)
    {
        var (html, diagnostics) = Render("Intro.\n\nSee " + markdown + "\n");

        Assert.Equal([$"body.md:12:5: error AS0112: {DiagnosticCodes.UnsafeLink.At(default, url).Message}"], diagnostics);
        var document = Parse(html).DocumentNode;
        Assert.False(document.Has("//a|//img"), html);
        Assert.Equal("See x", document.One("//p[2]").Text().Trim());
    }

    [Fact]
    public void Given_an_autolink_after_dropped_links_and_literal_brackets_When_rendered_Then_no_link_can_run_script()
    {
        // The exact line of tests/hostile/unsafe-body-links.md that once published <a href="javascript:alert(1)">.
        var (html, diagnostics) = Render("[a](JaVaScRiPt:alert(1)) [b](&#x6A;avascript:alert(1)) [c](java\tscript:alert(1)) <javascript:alert(1)> ![d](data:text/html;base64,PHNjcmlwdD4=) [e]( vbscript:x)\n");

        Assert.Equal(5, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.StartsWith("body.md:10:82:", StringComparison.Ordinal));
        Assert.False(Parse(html).DocumentNode.Has("//a | //img"));
    }

    [Fact]
    public void Given_an_autolink_that_could_run_script_When_rendered_Then_only_its_text_remains()
    {
        var (html, diagnostics) = Render("See <JAVASCRIPT:alert(2)>.\n");

        Assert.Equal([$"body.md:10:5: error AS0112: {DiagnosticCodes.UnsafeLink.At(default, "JAVASCRIPT:alert(2)").Message}"], diagnostics);
        var paragraph = Parse(html).DocumentNode.One("//p");
        Assert.False(paragraph.Has(".//a"));
        Assert.Equal("See JAVASCRIPT:alert(2).", paragraph.Text());
    }

    [Fact]
    public void Given_an_unsafe_link_inside_quotes_and_lists_When_rendered_Then_the_error_is_at_its_own_line_and_column()
    {
        var (_, diagnostics) = Render("> - one\n>   - see [x](javascript:alert(1))\n");

        Assert.Equal(["body.md:11:11"], diagnostics.Select(d => d[..d.IndexOf(": ", StringComparison.Ordinal)]));
    }

    [Fact]
    public void Given_a_link_to_another_site_When_rendered_Then_it_is_marked_external_and_keeps_its_target_and_title()
    {
        var (html, diagnostics) = Render("See [this](https://news.example.net/a?b=1&c=2 \"t\").\n");

        Assert.Empty(diagnostics);
        var link = Parse(html).DocumentNode.One("//a");
        Assert.Equal(ExternalRel, link.Attr("rel"));
        Assert.Equal("https://news.example.net/a?b=1&c=2", HtmlEntity.DeEntitize(link.Attr("href")));
        Assert.Equal("t", link.Attr("title"));
        Assert.Equal("this", link.Text());
    }

    [Theory]
    [InlineData("<https://a.example.net/x>")]
    [InlineData("https://a.example.net/x")]
    [InlineData("www.example.net")]
    [InlineData("[x](HTTP://A.EXAMPLE.NET/)")]
    [InlineData("[x](//elsewhere.example.net/)")]
    [InlineData("[x](https://example.test/repo/digests/x/)")]
    public void Given_an_absolute_or_scheme_relative_web_link_When_rendered_Then_it_is_external(string markdown)
    {
        var (html, diagnostics) = Render(markdown + "\n");

        Assert.Empty(diagnostics);
        Assert.Equal(ExternalRel, Parse(html).DocumentNode.One("//a").Attr("rel"));
    }

    [Theory]
    [InlineData("[x](/repo/digests/x/)")]
    [InlineData("[x](../x/)")]
    [InlineData("[x](a-relative-page-named-at-length)")]
    [InlineData("[x](#sources)")]
    [InlineData("[x](mailto:editor@example.net)")]
    [InlineData("<editor@example.net>")]
    [InlineData("A note.[^1]\n\n[^1]: The note.")]
    public void Given_a_link_within_the_site_or_a_mail_link_When_rendered_Then_it_has_no_rel(string markdown)
    {
        var (html, diagnostics) = Render(markdown + "\n");

        Assert.Empty(diagnostics);
        var links = Parse(html).DocumentNode.All("//a");
        Assert.NotEmpty(links);
        Assert.All(links, a => Assert.Null(a.GetAttributeValue("rel", null)));
    }

    [Fact]
    public void Given_an_image_from_another_site_When_rendered_Then_it_keeps_its_source_and_alt_and_is_not_marked()
    {
        var (html, diagnostics) = Render("![A chart](https://img.example.net/c.png)\n");

        Assert.Empty(diagnostics);
        var image = Parse(html).DocumentNode.One("//img");
        Assert.Equal("https://img.example.net/c.png", image.Attr("src"));
        Assert.Equal("A chart", image.Attr("alt"));
        Assert.Null(image.GetAttributeValue("rel", null));
    }

    [Theory]
    [InlineData("[a](javascript:alert(1)) [b](data:text/html,x) ![c](vbscript:x) <javascript:y> [d](https://ok.example.net/)")]
    [InlineData("[a]\n\n[a]: &#x6A;avascript:alert(1)\n")]
    [InlineData("[outer [inner](javascript:1)](https://ok.example.net/)")]
    public void Given_any_mix_of_links_When_rendered_Then_no_href_or_src_can_run_script(string markdown)
    {
        var (html, _) = Render(markdown + "\n");

        var urls = Parse(html).DocumentNode.Descendants()
            .SelectMany(e => e.Attributes)
            .Where(a => a.Name is "href" or "src")
            .Select(a => HtmlEntity.DeEntitize(a.Value) ?? "");
        Assert.All(urls, url => Assert.True(SafeUrl.IsSafeLink(url), url));
    }

    private static (string Html, List<string> Diagnostics) Render(string markdown)
    {
        var bag = new DiagnosticBag();
        var html = MarkdownBody.Render(markdown, "body.md", 10, bag);
        return (html, [.. bag.ToSortedList().Select(d => d.ToString())]);
    }

    private static HtmlDocument Parse(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        return document;
    }
}
