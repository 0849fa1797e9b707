using System.Text.RegularExpressions;
using ArchiveSite.Browser.Tests.Accessibility;
using ArchiveSite.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ArchiveSite.Browser.Tests.Languages;

/// <summary>A French site in Chromium: its pages pass axe in light and dark, and its search page finds and announces in French.</summary>
public sealed partial class FrenchSiteTests(FrenchSite site) : IClassFixture<FrenchSite>
{
    public static TheoryData<string, ColorScheme> Pages()
    {
        string[] paths =
        [
            "", $"digests/{FrenchArchive.EnglishDigest}/", "digests/script-title/", "tags/", "tags/labor/", "entities/openai/", "archive/",
            "archive/2024/", "stories/", "stories/fixture-saga/", "corrections/", "about/", "search/?q=OpenAI", "no-such-page/",
        ];
        var data = new TheoryData<string, ColorScheme>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var path in paths)
            {
                data.Add(path, scheme);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_French_page_has_no_axe_violations(string path, ColorScheme scheme)
    {
        await using var visit = await site.OpenAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        await visit.Page.GotoAsync(site.Url(path));
        if (path.StartsWith("search/", StringComparison.Ordinal))
        {
            await Expect(visit.Page.Locator("#search-results > li").First).ToBeVisibleAsync();
        }

        await visit.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("fr", await visit.Page.Locator("html").GetAttributeAsync("lang"));

        var violations = await Axe.RunAsync(visit.Page);

        Assert.True(violations.Count == 0, $"/{path} ({scheme}) has accessibility violations:\n{Axe.Describe(violations)}");
    }

    [Fact]
    public async Task Given_the_French_search_page_When_a_reader_searches_Then_results_come_and_the_status_says_so_in_French()
    {
        await using var visit = await site.OpenAsync();
        await visit.Page.GotoAsync(site.Url("search/"));
        await Expect(visit.Page.Locator("#search-form[data-ready=true]")).ToBeAttachedAsync();

        var query = visit.Page.GetByLabel("Mots à rechercher");
        await query.FillAsync("Sora");
        await query.PressAsync("Enter");

        var status = visit.Page.GetByRole(AriaRole.Status);
        await Expect(status).ToHaveTextAsync(FoundInFrench());
        var first = visit.Page.Locator("#search-results > li").First;
        await Expect(first.Locator("h2 a")).ToHaveAttributeAsync("href", new Regex($"/digests/{FrenchArchive.EnglishDigest}/$"));
        await Expect(first.Locator("time")).ToHaveTextAsync("26 novembre 2024");
        Assert.StartsWith("Sora · ", await visit.Page.TitleAsync(), StringComparison.Ordinal);
        await Expect(visit.Page.GetByLabel("Trier par")).ToBeVisibleAsync();
    }

    [GeneratedRegex("^\\d+ fiches? trouvées? pour «\u00a0Sora\u00a0»\\.$")]
    private static partial Regex FoundInFrench();
}
