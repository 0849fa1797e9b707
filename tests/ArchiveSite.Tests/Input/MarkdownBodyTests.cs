using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using HtmlAgilityPack;

namespace ArchiveSite.Tests.Input;

/// <summary>The body pipeline's walls: nesting deeper than <see cref="InputLimits.MarkdownDepth"/> is a located error, and
/// nothing Markdig throws escapes as a crash.</summary>
public class MarkdownBodyTests
{
    private const int Limit = InputLimits.MarkdownDepth;

    // The body starts on line 10 of the file, so every reported line is offset by 9.
    private const int BodyLine = 10;

    [Theory]
    [InlineData(128)]
    [InlineData(200)]
    [InlineData(10_000)]
    public void Given_a_line_of_quote_markers_far_past_the_limit_When_rendered_Then_one_error_points_at_the_marker_past_it(int depth)
    {
        var (_, diagnostics) = Render(new string('>', depth) + " deep\n");

        Assert.Equal([$"body.md:{BodyLine}:{Limit + 1}: error AS0140: {TooDeep}"], diagnostics);
    }

    [Fact]
    public void Given_quotes_nested_exactly_to_the_limit_When_rendered_Then_there_is_no_error_and_every_level_is_kept()
    {
        var (html, diagnostics) = Render(new string('>', Limit) + " deep\n");

        Assert.Empty(diagnostics);
        Assert.Equal(Limit, Parse(html).DocumentNode.Descendants("blockquote").Count());
    }

    [Fact]
    public void Given_quotes_one_past_the_limit_on_a_later_line_When_rendered_Then_the_error_is_at_that_line_and_marker()
    {
        var (_, diagnostics) = Render("Intro.\n\n" + string.Concat(Enumerable.Repeat("> ", Limit + 1)) + "deep\n");

        Assert.Equal([$"body.md:{BodyLine + 2}:{(2 * Limit) + 1}: error AS0140: {TooDeep}"], diagnostics);
    }

    [Theory]
    [InlineData(128)]
    [InlineData(1_000)]
    public void Given_list_markers_far_past_the_limit_on_one_line_When_rendered_Then_one_located_error_and_no_crash(int depth)
    {
        var (_, diagnostics) = Render(string.Concat(Enumerable.Repeat("- ", depth)) + "deep\n");

        Assert.Equal([$"body.md:{BodyLine}:{(2 * Limit) + 1}: error AS0140: {TooDeep}"], diagnostics);
    }

    [Fact]
    public void Given_lists_indented_one_level_per_line_exactly_to_the_limit_When_rendered_Then_there_is_no_error()
    {
        var (html, diagnostics) = Render(IndentedList(Limit));

        Assert.Empty(diagnostics);
        Assert.Equal(Limit, Parse(html).DocumentNode.Descendants("ul").Count());
    }

    [Fact]
    public void Given_lists_indented_one_level_per_line_one_past_the_limit_When_rendered_Then_the_error_is_at_the_last_bullet()
    {
        var (_, diagnostics) = Render(IndentedList(Limit + 1));

        // Line i (0-based) is indented by 2 * i spaces: the bullet past the limit is on the body's line Limit + 1.
        Assert.Equal([$"body.md:{BodyLine + Limit}:{(2 * Limit) + 1}: error AS0140: {TooDeep}"], diagnostics);
    }

    [Fact]
    public void Given_ordered_lists_past_the_limit_When_rendered_Then_they_count_like_bullets()
    {
        var (_, diagnostics) = Render(string.Concat(Enumerable.Repeat("1. ", 128)) + "deep\n");

        Assert.Equal([$"body.md:{BodyLine}:{(3 * Limit) + 1}: error AS0140: {TooDeep}"], diagnostics);
    }

    [Fact]
    public void Given_quotes_and_lists_mixed_exactly_to_the_limit_When_rendered_Then_there_is_no_error()
    {
        var (html, diagnostics) = Render(string.Concat(Enumerable.Repeat("> - ", Limit / 2)) + "deep\n");

        Assert.Empty(diagnostics);
        var document = Parse(html).DocumentNode;
        Assert.Equal(Limit / 2, document.Descendants("blockquote").Count());
        Assert.Equal(Limit / 2, document.Descendants("ul").Count());
    }

    [Fact]
    public void Given_quotes_and_lists_mixed_one_past_the_limit_When_rendered_Then_the_error_is_at_the_marker_past_it()
    {
        var (_, diagnostics) = Render(string.Concat(Enumerable.Repeat("> - ", Limit / 2)) + "> deep\n");

        Assert.Equal([$"body.md:{BodyLine}:{(4 * (Limit / 2)) + 1}: error AS0140: {TooDeep}"], diagnostics);
    }

    [Fact]
    public void Given_mixed_nesting_far_past_the_limit_When_rendered_Then_one_located_error_and_no_crash()
    {
        var (_, diagnostics) = Render(string.Concat(Enumerable.Repeat("> 1. - ", 100)) + "deep\n");

        // "> 1. - " is 7 characters and three levels: level 33 is the bullet of the 11th group, 5 characters into it.
        Assert.Equal([$"body.md:{BodyLine}:{(7 * 10) + 5 + 1}: error AS0140: {TooDeep}"], diagnostics);
    }

    [Fact]
    public void Given_sibling_items_at_the_limit_When_rendered_Then_they_do_not_count_as_deeper()
    {
        var prefix = string.Concat(Enumerable.Repeat("> ", Limit - 1));
        var (html, diagnostics) = Render($"{prefix}- one\n{prefix}- two\n{prefix}* three\n");

        Assert.Empty(diagnostics);
        Assert.Equal(3, Parse(html).DocumentNode.Descendants("li").Count());
    }

    [Fact]
    public void Given_a_dash_that_is_not_a_list_marker_at_the_limit_When_rendered_Then_it_is_text_and_no_error()
    {
        var (html, diagnostics) = Render(new string('>', Limit) + " -5 degrees, and\n" + new string('>', Limit) + " 2. is not a list after a paragraph\n");

        Assert.Empty(diagnostics);
        Assert.Contains("-5 degrees", Parse(html).DocumentNode.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_emphasis_nested_deeper_than_Markdig_renders_When_rendered_Then_it_is_an_error_at_the_body_start_not_a_crash()
    {
        var (html, diagnostics) = Render("Intro.\n\n" + new string('*', 400) + "x" + new string('*', 400) + "\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.StartsWith($"body.md:{BodyLine}:1: error AS0141: ", diagnostic, StringComparison.Ordinal);
        Assert.Equal("", html);
    }

    [Fact]
    public void Given_a_body_that_failed_inside_an_image_When_the_next_body_is_rendered_Then_its_links_are_still_links()
    {
        var (_, failed) = Render("![" + new string('*', 400) + "x" + new string('*', 400) + "](chart.png)\n");
        Assert.Contains(failed, d => d.Contains("error AS0141", StringComparison.Ordinal));

        // Markdig pools its renderers first in, first out: enough bodies in a row meet any renderer the failure left behind.
        for (var i = 0; i < 100; i++)
        {
            var (html, diagnostics) = Render("See [the theme](/repo/tags/labor/).\n");

            Assert.Empty(diagnostics);
            Assert.Equal("/repo/tags/labor/", Parse(html).DocumentNode.One("//p/a").Attr("href"));
        }
    }

    private static string TooDeep => DiagnosticCodes.MarkdownTooDeep.At(default, Limit).Message;

    // "- level 1", then each line two spaces deeper: one more list per line.
    private static string IndentedList(int depth) =>
        string.Concat(Enumerable.Range(0, depth).Select(i => $"{new string(' ', 2 * i)}- level {i + 1}\n"));

    private static (string Html, List<string> Diagnostics) Render(string markdown)
    {
        var bag = new DiagnosticBag();
        var html = MarkdownBody.Render(markdown, "body.md", BodyLine, bag);
        return (html, [.. bag.ToSortedList().Select(d => d.ToString())]);
    }

    private static HtmlDocument Parse(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        return document;
    }
}
