using ArchiveSite.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ArchiveSite.Browser.Tests.Stories;

/// <summary>A story line read as a reader would: with JavaScript off, from its first development to its last by the
/// "Next" links; and in a text browser, where the timeline is still a numbered list in date order.</summary>
[Collection(SharedSampleSite.Name)]
public sealed class StoryReadingTests(SampleSite site)
{
    private const string Story = "stories/eu-ai-act/";

    [Fact]
    public async Task Given_javascript_off_When_a_reader_follows_next_from_the_first_development_Then_they_walk_the_timeline_in_order()
    {
        await using var visit = await site.OpenAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await visit.Page.GotoAsync(site.Url(Story));
        var timeline = await visit.Page.Locator("ol.timeline h3 a").EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
        Assert.True(timeline.Length >= 2, $"{Story} has {timeline.Length} developments");

        var walked = new List<string>();
        await visit.Page.Locator("ol.timeline h3 a").First.ClickAsync();
        while (true)
        {
            walked.Add(new Uri(visit.Page.Url).AbsolutePath);
            await Expect(visit.Page.Locator("nav.story-part")).ToContainTextAsync($"development {walked.Count} of {timeline.Length}");
            var next = visit.Page.Locator("nav.story-part a[rel=next]");
            if (await next.CountAsync() == 0)
            {
                break;
            }

            await next.ClickAsync();
        }

        Assert.Equal(timeline, walked);
    }

    [Fact]
    public async Task Given_a_text_browser_When_the_story_page_is_dumped_Then_the_developments_read_as_a_numbered_list_oldest_first()
    {
        var text = await Dump(Path.Combine(site.Folder, "stories", "eu-ai-act", "index.html"));

        var proposal = text.IndexOf("development 1 of", StringComparison.Ordinal);
        var second = text.IndexOf("development 2 of", StringComparison.Ordinal);
        Assert.True(proposal >= 0 && second > proposal, "the developments are not numbered in order:\n" + text);
        Assert.Contains(" 1. ", text, StringComparison.Ordinal);
        var years = System.Text.RegularExpressions.Regex.Matches(text, @"^(20\d\d)$", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Value).ToList();
        Assert.Equal(years.Order(StringComparer.Ordinal), years);
        Assert.True(years.Count >= 2, "the timeline is not grouped by year:\n" + text);
    }

    [Fact]
    public async Task Given_a_text_browser_When_the_corrections_page_is_dumped_Then_each_correction_names_its_digest_and_date()
    {
        var text = await Dump(Path.Combine(site.Folder, "corrections", "index.html"));

        Assert.Contains("Corrections", text, StringComparison.Ordinal);
        Assert.Contains("1 December 2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("No corrections so far", text, StringComparison.Ordinal);
    }

    // w3m is what a reader in a terminal uses; .ci/run installs it (apt-get) when it is missing.
    private static async Task<string> Dump(string file)
    {
        var w3m = await ExternalTool.RunAsync("w3m", ["-dump", "-cols", "100", "-T", "text/html", file], "apt-get install w3m", TestContext.Current.CancellationToken);
        Assert.True(w3m.ExitCode == 0, w3m.Errors);
        return w3m.Output;
    }
}
