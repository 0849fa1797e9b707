using static Microsoft.Playwright.Assertions;

namespace ArchiveSite.Browser.Tests.Search;

/// <summary>How a page of results arrives on /search/: a few cards at a time, ending with Pagefind's own first page in
/// Pagefind's order, the count announced only once they are all there; Pagefind kept off the page in a worker; and the
/// same results, with the same excerpts, where the browser cannot start that worker.</summary>
[Collection(SharedSampleSite.Name)]
public sealed class SearchProgressTests(SampleSite site)
{
    // In more than a page (20) of the sample archive's digests.
    private const string Query = "data";

    // Records, from the first parse on, the number of cards and the status line each time the results list changes.
    private const string RecordResultChanges = """
        window.resultChanges = [];
        new MutationObserver(() => {
          const list = document.getElementById("search-results");
          if (!list) return;
          const count = list.children.length;
          const last = window.resultChanges[window.resultChanges.length - 1];
          if (!last || last.count !== count) {
            window.resultChanges.push({ count, status: document.getElementById("search-status")?.textContent ?? "" });
          }
        }).observe(document, { childList: true, subtree: true });
        """;

    // One entry of window.resultChanges (Playwright fills it by its properties).
    private sealed class ResultChange
    {
        public int Count { get; set; }

        public string Status { get; set; } = "";
    }

    [Fact]
    public async Task Given_a_query_with_more_than_a_page_of_results_When_they_arrive_Then_cards_come_a_few_at_a_time_and_end_as_pagefinds_first_page()
    {
        await using var visit = await site.OpenAsync();
        await visit.Page.AddInitScriptAsync(RecordResultChanges);
        await visit.Page.GotoAsync(site.Url("search/?q=" + Query));
        var search = new SearchPage(visit.Page);
        await search.WaitForResultsAsync(Query);
        var total = await search.AnnouncedCountAsync();
        Assert.True(total > 20, $"the sample archive should have more than a page of digests with \"{Query}\", has {total}");

        var changes = await visit.Page.EvaluateAsync<ResultChange[]>("() => window.resultChanges");
        var counts = changes.Select(c => c.Count).ToList();
        Assert.True(counts.Count(c => c > 0) > 1, $"cards came all at once: {string.Join(", ", counts)}");
        Assert.Equal(counts.Order(), counts);
        Assert.True(counts[^1] == 20, $"the cards as they came: {string.Join(", ", counts)}");
        // The status line says "Searching" until the last card of the page is on it.
        Assert.All(changes.Where(c => c.Count is > 0 and < 20), c => Assert.StartsWith("Searching", c.Status, StringComparison.Ordinal));

        // Pagefind's own API, asked the same on the same page: the same twenty, in the same order.
        var expected = await visit.Page.EvaluateAsync<string[]>("""
            async (query) => {
              const pagefind = await import(document.getElementById("search-form").dataset.bundle + "pagefind.js");
              await pagefind.options({ excerptLength: 24 });
              const search = await pagefind.search(query);
              const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
              return data.map((d) => new URL(d.url, location.href).pathname);
            }
            """, Query);
        Assert.Equal(expected, await search.ResultPathsAsync());
    }

    [Fact]
    public async Task Given_a_browser_with_module_workers_When_a_query_is_opened_Then_pagefind_runs_in_the_search_worker_and_not_on_the_page()
    {
        await using var visit = await site.OpenAsync();
        await visit.Page.GotoAsync(site.Url("search/?q=" + Query));
        await new SearchPage(visit.Page).WaitForResultsAsync(Query);

        // The page's own worker fetched Pagefind; Pagefind's worker, which pagefind.js starts when it runs on a page, never came.
        Assert.Contains(visit.Page.Workers, w => w.Url.Contains("/assets/search-worker.", StringComparison.Ordinal));
        Assert.Contains(visit.Requests, url => url.EndsWith("/pagefind/pagefind.js", StringComparison.Ordinal));
        Assert.DoesNotContain(visit.Requests, url => url.Contains("/pagefind/pagefind-worker.js", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_a_browser_that_cannot_start_the_search_worker_When_a_query_is_opened_Then_the_same_results_and_excerpts_show()
    {
        await using var usual = await site.OpenAsync();
        var (paths, excerpts) = await ResultsAsync(usual);

        await using var noWorkers = await site.OpenAsync();
        // As in a browser without module workers: constructing one throws (Pagefind then runs on the page as well).
        await noWorkers.Page.AddInitScriptAsync("""
            window.Worker = class { constructor() { throw new TypeError("module workers are not supported"); } };
            """);
        var (pathsOnPage, excerptsOnPage) = await ResultsAsync(noWorkers);

        Assert.Equal(20, paths.Count);
        Assert.Equal(paths, pathsOnPage);
        Assert.Equal(excerpts, excerptsOnPage);
    }

    private async Task<(IReadOnlyList<string> Paths, IReadOnlyList<string> Excerpts)> ResultsAsync(Visit visit)
    {
        await visit.Page.GotoAsync(site.Url("search/?q=" + Query));
        var search = new SearchPage(visit.Page);
        await search.WaitForResultsAsync(Query);
        await Expect(search.ResultLinks).ToHaveCountAsync(20);
        return (await search.ResultPathsAsync(), await visit.Page.Locator("#search-results .excerpt").EvaluateAllAsync<string[]>("ps => ps.map(p => p.innerHTML)"));
    }
}
