using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using HtmlAgilityPack;

namespace ArchiveSite.Tests.Input;

/// <summary>Raw HTML in a body is never rendered: it is shown as text, with one AS0120 warning per block or inline tag.</summary>
public class RawHtmlAsTextTests
{
    [Fact]
    public void Given_a_script_block_When_rendered_Then_it_is_a_warning_at_its_line_and_shown_as_text()
    {
        var (html, diagnostics) = Render("A footnote.\n\n<script>alert(\"raw html is text\")</script>\n");

        Assert.Equal([$"body.md:12:1: warning AS0120: {Message("<script>alert(\"raw html is text\")</script>")}"], diagnostics);
        var document = Parse(html).DocumentNode;
        Assert.False(document.Has("//script"));
        Assert.Equal("<script>alert(\"raw html is text\")</script>", document.One("//p[2]").Text());
    }

    [Fact]
    public void Given_inline_tags_When_rendered_Then_each_tag_is_one_warning_at_its_column_and_the_markdown_between_still_renders()
    {
        var (html, diagnostics) = Render("Some <b onclick=\"x()\">*bold*</b> text.\n");

        Assert.Equal(
            [
                $"body.md:10:6: warning AS0120: {Message("<b onclick=\"x()\">")}",
                $"body.md:10:29: warning AS0120: {Message("</b>")}",
            ],
            diagnostics);
        var paragraph = Parse(html).DocumentNode.One("//p");
        Assert.False(paragraph.Has(".//b"));
        Assert.Equal("bold", paragraph.One("em").Text());
        Assert.Equal("Some <b onclick=\"x()\">bold</b> text.", paragraph.Text());
    }

    [Fact]
    public void Given_a_multi_line_html_block_When_rendered_Then_one_warning_names_its_first_line_and_every_line_is_text()
    {
        var (html, diagnostics) = Render("<div class=\"x\">\n<iframe src=\"https://evil.example.net/\"></iframe>\n</div>\n");

        Assert.Equal([$"body.md:10:1: warning AS0120: {Message("<div class=\"x\">")}"], diagnostics);
        var document = Parse(html).DocumentNode;
        Assert.False(document.Has("//div|//iframe"));
        Assert.Contains("<iframe src=\"https://evil.example.net/\"></iframe>", document.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!-- a comment -->")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    [InlineData("<style>body{display:none}</style>")]
    public void Given_raw_html_of_any_kind_When_rendered_Then_no_element_comes_out_of_it(string raw)
    {
        var (html, diagnostics) = Render($"Before.\n\n{raw}\n\nInline {raw} too.\n");

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Contains("warning AS0120", d, StringComparison.Ordinal));
        var document = Parse(html).DocumentNode;
        Assert.Equal(["p", "p", "p"], document.Descendants().Where(n => n.NodeType == HtmlNodeType.Element).Select(n => n.Name));
        Assert.DoesNotContain(document.Descendants(), n => n.NodeType == HtmlNodeType.Comment);
    }

    [Fact]
    public void Given_html_in_a_code_span_or_block_When_rendered_Then_it_is_code_and_no_warning()
    {
        var (html, diagnostics) = Render("Write `<b>` like this:\n\n```html\n<b>bold</b>\n```\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["<b>", "<b>bold</b>\n"], Parse(html).DocumentNode.All("//code").Select(c => c.Text()));
    }

    [Fact]
    public void Given_a_very_long_html_line_When_reported_Then_the_message_quotes_only_its_start()
    {
        var (_, diagnostics) = Render("<p>" + new string('x', 500) + "</p>\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.True(diagnostic.Length < 200, diagnostic);
        Assert.Contains("raw HTML '<p>xxx", diagnostic, StringComparison.Ordinal);
    }

    private static string Message(string html) => DiagnosticCodes.RawHtml.At(default, html).Message;

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
