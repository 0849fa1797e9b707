using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ArchiveSite.Browser.Tests.Search;

/// <summary>What a reader sees and uses on /search/: the query box, filter selects, status line and result cards.</summary>
public sealed partial class SearchPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Query => Page.Locator("#search-q");

    public ILocator Status => Page.GetByRole(AriaRole.Status);

    public ILocator ThemeFilter => Page.GetByLabel("Theme", new() { Exact = true });

    public ILocator StoryFilter => Page.GetByLabel("Story line", new() { Exact = true });

    public ILocator YearFilter => Page.GetByLabel("Year", new() { Exact = true });

    public ILocator Sort => Page.GetByLabel("Sort by");

    public ILocator ResultLinks => Page.Locator("#search-results h2 a");

    /// <summary>Waits until search has loaded (the script marks the form ready) and the current search has finished.</summary>
    public async Task WaitUntilSettledAsync()
    {
        await Expect(Page.Locator("#search-form[data-ready=true]")).ToBeAttachedAsync();
        await Expect(Status).Not.ToHaveTextAsync(SearchingPattern());
    }

    /// <summary>Waits for the status line to report results for <paramref name="query"/>, then returns it.</summary>
    public async Task<string> WaitForResultsAsync(string query)
    {
        await Expect(Status).ToHaveTextAsync(new Regex(@"^\d+ digests? found for “" + Regex.Escape(query) + "”"));
        return await Status.InnerTextAsync();
    }

    /// <summary>The result count the status line announces.</summary>
    public async Task<int> AnnouncedCountAsync() =>
        int.Parse(CountPattern().Match(await Status.InnerTextAsync()).Groups[1].Value);

    /// <summary>The result links' paths, top to bottom.</summary>
    public async Task<IReadOnlyList<string>> ResultPathsAsync() =>
        await ResultLinks.EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");

    /// <summary>The results' dates (the datetime of each card's time element), top to bottom.</summary>
    public async Task<IReadOnlyList<DateOnly>> ResultDatesAsync() =>
        [.. (await Page.Locator("#search-results time").EvaluateAllAsync<string[]>("ts => ts.map(t => t.dateTime)")).Select(DateOnly.Parse)];

    /// <summary>The theme names each result lists, top to bottom.</summary>
    public async Task<IReadOnlyList<string>> ResultThemesAsync() =>
        await Page.Locator("#search-results .result-themes").AllInnerTextsAsync();

    [GeneratedRegex("^Searching")]
    private static partial Regex SearchingPattern();

    [GeneratedRegex(@"^(\d+) digest")]
    private static partial Regex CountPattern();
}
