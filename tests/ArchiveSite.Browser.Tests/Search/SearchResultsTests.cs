using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ArchiveSite.Browser.Tests.Search;

/// <summary>How results read and arrive on /search/: each excerpt is the passage that matched, not the title and date the
/// card already shows, and nothing on the page moves while search loads and results appear.</summary>
[Collection(SharedSampleSite.Name)]
public sealed class SearchResultsTests(SampleSite site)
{
    private const string RobodebtReport = SampleSite.BasePath + "/digests/robodebt-royal-commission-report/";

    [Fact]
    public async Task Given_a_word_found_only_in_a_digests_body_When_searched_Then_its_excerpt_is_that_passage_with_the_word_marked()
    {
        // "gaslighted" is in one sentence of one digest's body: not in its title, summary or any other digest.
        await using var visit = await site.OpenAsync();
        await visit.Page.GotoAsync(site.Url("search/?q=gaslighted"));
        var search = new SearchPage(visit.Page);
        await search.WaitForResultsAsync("gaslighted");

        Assert.Equal([RobodebtReport], await search.ResultPathsAsync());
        var result = visit.Page.Locator("#search-results > li").First;
        await Expect(result.Locator(".excerpt mark")).ToContainTextAsync("gaslighted");
        var excerpt = await result.Locator(".excerpt").InnerTextAsync();
        Assert.Contains("senior officials had \"gaslighted\" the public", excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("Royal commission calls Robodebt", excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("July 2023", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_word_in_titles_and_bodies_When_searched_Then_no_excerpt_repeats_its_cards_title_or_date()
    {
        await using var visit = await site.OpenAsync();
        await visit.Page.GotoAsync(site.Url("search/?q=Robodebt"));
        var search = new SearchPage(visit.Page);
        await search.WaitForResultsAsync("Robodebt");

        var cards = await visit.Page.Locator("#search-results > li").AllAsync();
        Assert.NotEmpty(cards);
        foreach (var card in cards)
        {
            var title = await card.Locator("h2").InnerTextAsync();
            var date = await card.Locator("time").InnerTextAsync();
            var excerpt = await card.Locator(".excerpt").InnerTextAsync();
            Assert.False(excerpt.StartsWith(title[..Math.Min(title.Length, 30)], StringComparison.Ordinal), $"{title}: {excerpt}");
            Assert.DoesNotContain($"{title} {date}", excerpt, StringComparison.Ordinal);
            await Expect(card.Locator(".excerpt mark").First).ToBeVisibleAsync();
        }
    }

    [Theory]
    [InlineData(412, 823)] // Lighthouse's mobile screen
    [InlineData(1350, 940)] // and a desktop one
    public async Task Given_a_query_in_the_address_When_search_loads_and_results_appear_Then_nothing_on_the_page_shifts(int width, int height)
    {
        await using var visit = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        // Every layout shift from the first paint on, as Chromium reports it (the entries CLS adds up).
        await visit.Page.AddInitScriptAsync("""
            window.layoutShifts = [];
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) {
                window.layoutShifts.push({ value: entry.value, sources: (entry.sources || []).map((s) => s.node ? (s.node.id || s.node.className || s.node.nodeName) : "?") });
              }
            }).observe({ type: "layout-shift", buffered: true });
            """);

        await visit.Page.GotoAsync(site.Url("search/?q=OpenAI"));
        var search = new SearchPage(visit.Page);
        await search.WaitForResultsAsync("OpenAI");
        await Expect(visit.Page.Locator("#search-results > li").First).ToBeVisibleAsync();
        // Two frames after the last change, so a shift it caused has been reported.
        await visit.Page.EvaluateAsync("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))");

        var shifts = await visit.Page.EvaluateAsync<string[]>("() => window.layoutShifts.map((s) => `${s.value}: ${s.sources.join(', ')}`)");
        Assert.Empty(shifts);
    }
}
