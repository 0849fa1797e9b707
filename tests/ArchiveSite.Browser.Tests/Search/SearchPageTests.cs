using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ArchiveSite.Browser.Tests.Search;

/// <summary>A reader searching the sample archive on /search/: query, filter, sort, follow, share, go back, keyboard only.</summary>
[Collection(SharedSampleSite.Name)]
public sealed class SearchPageTests(SampleSite site)
{
    private const string SoraLeak = SampleSite.BasePath + "/digests/sora-leak-artists-protest/";

    [Fact]
    public async Task Given_the_search_page_When_a_reader_types_unpaid_testing_Then_the_Sora_leak_digest_comes_first()
    {
        await using var visit = await site.OpenAsync();
        var search = await OpenSearchAsync(visit);

        await search.Query.FillAsync("unpaid testing");
        await search.Query.PressAsync("Enter");
        await search.WaitForResultsAsync("unpaid testing");

        var paths = await search.ResultPathsAsync();
        Assert.Equal(SoraLeak, paths[0]);
        var first = visit.Page.Locator("#search-results > li").First;
        await Expect(first.Locator("h2")).ToContainTextAsync("Sora");
        await Expect(first.Locator("mark").First).ToBeVisibleAsync();
        await Expect(first.Locator("time")).ToHaveAttributeAsync("datetime", "2024-11-26");
        await Expect(first.Locator(".result-themes")).ToContainTextAsync("Artist rights");
        Assert.EndsWith("/repo/search/?q=unpaid+testing", visit.Page.Url);
    }

    [Fact]
    public async Task Given_results_When_a_theme_is_chosen_Then_only_digests_of_that_theme_remain_and_options_show_counts()
    {
        await using var visit = await site.OpenAsync();
        var search = await OpenSearchAsync(visit, "?q=OpenAI");
        await search.WaitForResultsAsync("OpenAI");
        var before = await search.AnnouncedCountAsync();

        await search.ThemeFilter.SelectOptionAsync("Artist rights");
        await search.WaitForResultsAsync("OpenAI");

        var after = await search.AnnouncedCountAsync();
        Assert.InRange(after, 1, before - 1);
        Assert.All(await search.ResultThemesAsync(), themes => Assert.Contains("Artist rights", themes));
        Assert.Equal(after, await search.ResultLinks.CountAsync());
        var options = await search.ThemeFilter.Locator("option").AllInnerTextsAsync();
        Assert.Equal("All themes", options[0]);
        Assert.All(options.Skip(1), o => Assert.Matches(@"^\S.* \(\d+\)$", o));
        Assert.Contains($"Artist rights ({after})", options);
        Assert.Contains("theme=Artist+rights", visit.Page.Url);
    }

    [Fact]
    public async Task Given_results_When_a_story_line_is_chosen_Then_only_its_developments_remain()
    {
        await using var visit = await site.OpenAsync();
        var search = await OpenSearchAsync(visit, "?q=OpenAI");
        await search.WaitForResultsAsync("OpenAI");

        await search.StoryFilter.SelectOptionAsync(new SelectOptionValue { Value = "OpenAI's Sora and the artists" });
        await search.WaitForResultsAsync("OpenAI");

        // The story's own timeline says which digests are its developments.
        var timeline = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Path.Combine(site.Folder, "stories", "sora", "index.html")), "<h3 class=\"card-title\"><a href=\"([^\"]+)\"")
            .Select(m => m.Groups[1].Value).ToHashSet();
        var results = await search.ResultPathsAsync();
        Assert.NotEmpty(results);
        Assert.All(results, path => Assert.Contains(path, timeline));
        Assert.Contains("story=", visit.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_results_When_a_year_is_chosen_Then_only_digests_of_that_year_remain()
    {
        await using var visit = await site.OpenAsync();
        var search = await OpenSearchAsync(visit, "?q=OpenAI");
        await search.WaitForResultsAsync("OpenAI");

        await search.YearFilter.SelectOptionAsync("2024");
        await search.WaitForResultsAsync("OpenAI");

        var dates = await search.ResultDatesAsync();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.Equal(2024, d.Year));
        Assert.Contains($"2024 ({dates.Count})", await search.YearFilter.Locator("option").AllInnerTextsAsync());
    }

    [Fact]
    public async Task Given_results_When_sorted_by_newest_Then_dates_descend()
    {
        await using var visit = await site.OpenAsync();
        var search = await OpenSearchAsync(visit, "?q=OpenAI");
        await search.WaitForResultsAsync("OpenAI");

        await search.Sort.SelectOptionAsync("newest");
        await search.WaitForResultsAsync("OpenAI");

        var dates = await search.ResultDatesAsync();
        Assert.True(dates.Count > 2, $"expected several results, got {dates.Count}");
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.Contains("sort=newest", visit.Page.Url);
    }

    [Fact]
    public async Task Given_results_When_the_first_is_followed_Then_its_digest_page_opens()
    {
        await using var visit = await site.OpenAsync();
        var search = await OpenSearchAsync(visit, "?q=unpaid+testing");
        await search.WaitForResultsAsync("unpaid testing");

        await search.ResultLinks.First.ClickAsync();

        await Expect(visit.Page).ToHaveURLAsync(site.Url("digests/sora-leak-artists-protest/"));
        await Expect(visit.Page.Locator("h1")).ToContainTextAsync("Sora testers");
    }

    [Fact]
    public async Task Given_a_filtered_search_When_its_url_is_opened_elsewhere_Then_the_same_results_and_filters_show()
    {
        await using var visit = await site.OpenAsync();
        var search = await OpenSearchAsync(visit, "?q=OpenAI");
        await search.WaitForResultsAsync("OpenAI");
        await search.ThemeFilter.SelectOptionAsync("Labour");
        await search.WaitForResultsAsync("OpenAI");
        var expected = await search.ResultPathsAsync();
        var shared = visit.Page.Url;

        await using var other = await site.OpenAsync();
        await other.Page.GotoAsync(shared);
        var reloaded = new SearchPage(other.Page);
        await reloaded.WaitUntilSettledAsync();

        Assert.Equal(expected, await reloaded.ResultPathsAsync());
        await Expect(reloaded.Query).ToHaveValueAsync("OpenAI");
        await Expect(reloaded.ThemeFilter).ToHaveValueAsync("Labour");
    }

    [Fact]
    public async Task Given_a_query_url_When_the_page_is_reloaded_Then_the_same_results_show()
    {
        await using var visit = await site.OpenAsync();
        var search = await OpenSearchAsync(visit, "?q=unpaid+testing");
        await search.WaitForResultsAsync("unpaid testing");
        var expected = await search.ResultPathsAsync();

        await visit.Page.ReloadAsync();
        await search.WaitUntilSettledAsync();

        Assert.Equal(expected, await search.ResultPathsAsync());
        await Expect(search.Query).ToHaveValueAsync("unpaid testing");
    }

    [Fact]
    public async Task Given_two_searches_When_the_back_button_is_pressed_Then_the_first_query_and_its_results_return()
    {
        await using var visit = await site.OpenAsync();
        var search = await OpenSearchAsync(visit);
        await search.Query.FillAsync("unpaid testing");
        await search.Query.PressAsync("Enter");
        await search.WaitForResultsAsync("unpaid testing");
        var first = await search.ResultPathsAsync();
        await search.Query.FillAsync("deepfake");
        await search.Query.PressAsync("Enter");
        await search.WaitForResultsAsync("deepfake");

        await visit.Page.GoBackAsync();

        await search.WaitForResultsAsync("unpaid testing");
        await Expect(search.Query).ToHaveValueAsync("unpaid testing");
        Assert.Equal(first, await search.ResultPathsAsync());
        Assert.EndsWith("?q=unpaid+testing", visit.Page.Url);
    }

    [Fact]
    public async Task Given_only_a_keyboard_When_a_reader_tabs_to_the_box_types_and_presses_enter_Then_results_show_and_open()
    {
        await using var visit = await site.OpenAsync();
        var search = await OpenSearchAsync(visit);
        var keyboard = visit.Page.Keyboard;

        await TabToAsync(visit.Page, "#search-q");
        await keyboard.TypeAsync("unpaid testing");
        await keyboard.PressAsync("Enter");
        await search.WaitForResultsAsync("unpaid testing");
        await TabToAsync(visit.Page, "#search-results a[href$='/sora-leak-artists-protest/']");
        await keyboard.PressAsync("Enter");

        await Expect(visit.Page).ToHaveURLAsync(site.Url("digests/sora-leak-artists-protest/"));
    }

    [Fact]
    public async Task Given_a_search_When_it_finishes_Then_the_live_status_region_announces_the_count()
    {
        await using var visit = await site.OpenAsync();
        var search = await OpenSearchAsync(visit);
        await Expect(search.Status).ToHaveAttributeAsync("aria-live", "polite");

        await search.Query.FillAsync("unpaid testing");
        await search.Query.PressAsync("Enter");
        var announced = await search.WaitForResultsAsync("unpaid testing");

        var count = await search.ResultLinks.CountAsync();
        Assert.Equal($"{count} digest{(count == 1 ? "" : "s")} found for “unpaid testing”.", announced);
    }

    [Fact]
    public async Task Given_a_word_no_digest_contains_When_searched_Then_the_status_says_nothing_was_found()
    {
        await using var visit = await site.OpenAsync();
        var search = await OpenSearchAsync(visit);

        await search.Query.FillAsync("zzzzqqq");
        await search.Query.PressAsync("Enter");

        await Expect(search.Status).ToHaveTextAsync("No digests found for “zzzzqqq”.");
        await Expect(search.ResultLinks).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Given_more_results_than_a_page_When_show_more_is_pressed_Then_the_next_page_appears_and_focus_moves_to_its_first_result()
    {
        await using var visit = await site.OpenAsync();
        var search = await OpenSearchAsync(visit, "?sort=newest");
        await Expect(search.Status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ digests found\.$"));
        var total = await search.AnnouncedCountAsync();
        Assert.True(total > 20, $"the sample archive should have more than one page of digests, has {total}");
        await Expect(search.ResultLinks).ToHaveCountAsync(20);

        // Each press shows the next page of 20 and moves focus to its first result, until none are left.
        var more = visit.Page.GetByRole(AriaRole.Button, new() { Name = "Show more results" });
        for (var shown = 20; shown < total; shown += 20)
        {
            await more.ClickAsync();
            await Expect(search.ResultLinks).ToHaveCountAsync(Math.Min(shown + 20, total));
            await Expect(search.ResultLinks.Nth(shown)).ToBeFocusedAsync();
        }

        await Expect(more).ToHaveCountAsync(0);
        Assert.Equal((await search.ResultDatesAsync()).OrderByDescending(d => d), await search.ResultDatesAsync());
    }

    private async Task<SearchPage> OpenSearchAsync(Visit visit, string query = "")
    {
        await visit.Page.GotoAsync(site.Url("search/" + query));
        var search = new SearchPage(visit.Page);
        await search.WaitUntilSettledAsync();
        return search;
    }

    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 20; presses++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"20 presses of Tab never reached {selector}");
    }
}
