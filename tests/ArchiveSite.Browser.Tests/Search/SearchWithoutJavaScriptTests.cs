using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ArchiveSite.Browser.Tests.Search;

/// <summary>A reader with JavaScript off: the search page says search needs it and offers the theme and year pages instead.</summary>
[Collection(SharedSampleSite.Name)]
public sealed class SearchWithoutJavaScriptTests(SampleSite site)
{
    [Fact]
    public async Task Given_javascript_off_When_the_search_page_opens_Then_a_notice_links_every_theme_and_year_page()
    {
        await using var visit = await site.OpenAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });

        await visit.Page.GotoAsync(site.Url("search/?q=unpaid+testing"));

        var notice = visit.Page.Locator("#search-nojs");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToContainTextAsync("needs JavaScript");
        var links = await notice.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
        foreach (var expected in SubfolderPaths("tags").Concat(SubfolderPaths("archive")))
        {
            Assert.Contains(expected, links);
        }

        await notice.GetByRole(AriaRole.Link, new() { Name = "Artist rights" }).ClickAsync();
        await Expect(visit.Page).ToHaveURLAsync(site.Url("tags/artist-rights/"));
        await Expect(visit.Page.Locator("h1")).ToContainTextAsync("Artist rights");
    }

    /// <summary>The URL path of every page folder the build wrote under <paramref name="section"/> (tags/x/, archive/2024/).</summary>
    private IEnumerable<string> SubfolderPaths(string section) =>
        Directory.GetDirectories(Path.Combine(site.Folder, section))
            .Select(folder => $"{SampleSite.BasePath}/{section}/{Path.GetFileName(folder)}/");
}
