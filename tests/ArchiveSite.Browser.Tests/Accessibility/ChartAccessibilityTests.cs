using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ArchiveSite.Browser.Tests.Accessibility;

/// <summary>Every page kind that carries a chart, with the chart's table opened, in light and dark: zero axe-core violations,
/// and the chart reaches assistive technology as one named image with a named table of its numbers.</summary>
[Collection(SharedSampleSite.Name)]
public sealed class ChartAccessibilityTests(SampleSite site)
{
    /// <summary>A page of each kind with a chart, the chart's accessible name, and the colour scheme.</summary>
    public static TheoryData<string, string, ColorScheme> Pages()
    {
        (string Path, string Name)[] pages =
        [
            ("", "Digests per year, by theme"),
            ("archive/", "Digests per year, by theme"),
            ("tags/artist-rights/", "Digests per year"),
            ("entities/openai/", "Digests per year"),
            ("stories/eu-ai-act/", "Developments per year"),
        ];
        var data = new TheoryData<string, string, ColorScheme>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var (path, name) in pages)
            {
                data.Add(path, name, scheme);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_with_a_chart_and_its_table_open_has_no_axe_violations(string path, string name, ColorScheme scheme)
    {
        await using var visit = await site.OpenAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        await visit.Page.GotoAsync(site.Url(path));

        await Expect(visit.Page.GetByRole(AriaRole.Img, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        var table = visit.Page.GetByRole(AriaRole.Table, new() { Name = name });
        await Expect(table).ToBeHiddenAsync();
        await visit.Page.Locator(".chart-data summary").ClickAsync();
        await Expect(table).ToBeVisibleAsync();

        var violations = await Axe.RunAsync(visit.Page);

        Assert.True(violations.Count == 0, $"{path} ({scheme}) with its chart's table open has accessibility violations:\n{Axe.Describe(violations)}");
    }
}
