using ArchiveSite.Cli.Serve;
using ArchiveSite.Diagnostics;
using HtmlAgilityPack;

namespace ArchiveSite.Tests.Serve;

public class ErrorPageTests
{
    [Fact]
    public void Given_a_diagnostic_with_markup_in_it_When_the_error_page_is_rendered_Then_the_markup_is_shown_as_text()
    {
        var diagnostic = new Diagnostic("AS0104", Severity.Error, "unknown key '<script>alert(1)</script>'", new SourceLocation("input/digests/<b>x</b>.md", 4, 2));

        var html = new HtmlDocument();
        html.LoadHtml(ErrorPage.Render([diagnostic]));

        Assert.Null(html.DocumentNode.SelectSingleNode("//script|//b"));
        var item = PreviewHarness.Node(html.DocumentNode, "//ol[@class='diagnostics']/li");
        Assert.Equal("input/digests/<b>x</b>.md:4:2", System.Net.WebUtility.HtmlDecode(PreviewHarness.Node(item, "code[@class='location']").InnerText));
        Assert.Equal("unknown key '<script>alert(1)</script>'", System.Net.WebUtility.HtmlDecode(PreviewHarness.Node(item, "span[@class='message']").InnerText));
    }

    [Fact]
    public void Given_errors_and_warnings_When_rendered_Then_errors_come_first_and_the_page_says_how_many()
    {
        Diagnostic[] diagnostics =
        [
            new("AS0205", Severity.Warning, "summary repeats the title", new SourceLocation("a.md", 1, 1)),
            new("AS0201", Severity.Error, "unknown tag 'x'", new SourceLocation("b.md", 2, 3)),
        ];

        var html = new HtmlDocument();
        html.LoadHtml(ErrorPage.Render(diagnostics));

        Assert.Equal(["error", "warning"], PreviewHarness.Nodes(html.DocumentNode, "//ol/li").Select(li => li.GetAttributeValue("class", "")));
        Assert.Contains("1 error to fix", PreviewHarness.Node(html.DocumentNode, "//main/p").InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_internal_error_When_its_page_is_rendered_Then_it_shows_the_exception_as_escaped_text_and_reloads_like_an_error_page()
    {
        var html = new HtmlDocument();
        html.LoadHtml(ErrorPage.RenderInternalError("System.IO.IOException: cannot write 'a\n<b>x</b>'"));

        Assert.Null(html.DocumentNode.SelectSingleNode("//b"));
        Assert.Equal("Internal error", PreviewHarness.Title(html));
        Assert.NotNull(html.DocumentNode.SelectSingleNode("/html[@data-archivesite-error]"));
        Assert.Equal(@"System.IO.IOException: cannot write 'a\n<b>x</b>'", System.Net.WebUtility.HtmlDecode(PreviewHarness.Node(html.DocumentNode, "//code[@class='internal-error']").InnerText));
    }
}
