using ArchiveSite.Diagnostics;
using ArchiveSite.Output;
using ArchiveSite.Pages;

namespace ArchiveSite.Tests.Output;

public class LinkIndexTests
{
    private static readonly SiteUrl Url = new(new Uri("https://user.github.io/repo/"));

    [Fact]
    public void Given_pages_whose_links_all_resolve_When_checked_Then_nothing_is_reported()
    {
        var links = new LinkIndex();
        string[] files = ["index.html", "tags/labor/index.html", "assets/site.1a2b3c4d5e.css"];
        links.Set(Url, "", "<a href=\"/repo/tags/labor/\">x</a><a href=\"/repo/tags/labor/#top\">y</a><link href=\"/repo/assets/site.1a2b3c4d5e.css\"><a href=\"https://elsewhere.net/\">z</a>");
        var diagnostics = new DiagnosticBag();

        Assert.Equal(0, links.Check(Url, [""], [.. files], [""], diagnostics, "output"));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Given_a_broken_link_repeated_on_a_page_When_checked_Then_it_is_reported_once_per_page_in_page_order()
    {
        var links = new LinkIndex();
        const string html = "<a href=\"/repo/tags/gone/\">a</a> <a href=\"/repo/tags/gone/\">b</a> <a href=\"/outside/\">c</a>";
        links.Set(Url, "tags/", html);
        links.Set(Url, "", html);
        var diagnostics = new DiagnosticBag();

        Assert.Equal(4, links.Check(Url, ["", "tags/"], ["index.html", "tags/index.html"], ["", "tags/"], diagnostics, "output"));
        var messages = diagnostics.ToSortedList().Select(d => (d.Location.Path, d.Message)).ToList();
        Assert.Equal(4, messages.Distinct().Count());
        Assert.Equal(2, messages.Count(m => m.Message.Contains("/repo/tags/gone/", StringComparison.Ordinal)));
        Assert.Equal(2, messages.Count(m => m.Message.Contains("/outside/ (outside the base path)", StringComparison.Ordinal)));
        Assert.Contains(messages, m => m.Path == "output/index.html");
        Assert.Contains(messages, m => m.Path == "output/tags/index.html");
    }

    [Theory]
    [InlineData("/repo/digests/caf%C3%A9/", "digests/café/")]
    [InlineData("/repo/search/?q=a&amp;b", "search/")]
    [InlineData("mailto:x@example.org", null)]
    [InlineData("//cdn.example.net/x.js", null)]
    public void Internal_targets_are_unescaped_site_paths(string link, string? expected)
    {
        Assert.Equal(expected, LinkIndex.Internal(Url, System.Net.WebUtility.HtmlDecode(link)));
    }
}
