using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ArchiveSite.Browser.Tests.Accessibility;

/// <summary>One page of every kind, in light and dark: zero axe-core violations, and no request leaves the site's own server.</summary>
[Collection(SharedSampleSite.Name)]
public sealed class PageKindTests(SampleSite site)
{
    /// <summary>Page kind and a site path that shows it.</summary>
    public static TheoryData<string, string, ColorScheme> Pages()
    {
        (string Kind, string Path)[] pages =
        [
            ("home", ""),
            ("digest", "digests/sora-leak-artists-protest/"),
            ("tags index", "tags/"),
            ("tag", "tags/artist-rights/"),
            ("entities index", "entities/"),
            ("entity", "entities/openai/"),
            ("archive", "archive/"),
            ("year", "archive/2024/"),
            ("plain page", "about/"),
            ("stories index", "stories/"),
            ("story", "stories/eu-ai-act/"),
            ("corrections", "corrections/"),
            ("corrected digest", "digests/gender-shades-study/"),
            ("search with results", "search/?q=unpaid+testing"),
            ("404", "no-such-page/"),
        ];
        var data = new TheoryData<string, string, ColorScheme>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var (kind, path) in pages)
            {
                data.Add(kind, path, scheme);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_kind_has_no_axe_violations_and_makes_no_third_party_requests(string kind, string path, ColorScheme scheme)
    {
        await using var visit = await site.OpenAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        await visit.Page.GotoAsync(site.Url(path));
        if (kind.StartsWith("search", StringComparison.Ordinal))
        {
            await Expect(visit.Page.Locator("#search-results > li").First).ToBeVisibleAsync();
        }

        await visit.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var background = await visit.Page.EvaluateAsync<double>(
            "() => { const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number); return (r + g + b) / 765; }");
        Assert.True(scheme == ColorScheme.Dark ? background < 0.3 : background > 0.7, $"the {scheme} stylesheet did not apply (background brightness {background:0.00})");

        var violations = await Axe.RunAsync(visit.Page);

        Assert.True(violations.Count == 0, $"{kind} page ({scheme}) has accessibility violations:\n{Axe.Describe(violations)}");
        var foreign = visit.Requests.Where(url => !url.StartsWith(site.Server.Origin + "/", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal)).ToList();
        Assert.True(foreign.Count == 0, $"{kind} page requested other hosts:\n{string.Join('\n', foreign)}");
    }
}
