using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ArchiveSite.Browser.Tests.Charts;

/// <summary>The charts as Chromium draws them: coloured by the page's scheme, readable without JavaScript, and on paper
/// with their table printed and their bands outlined.</summary>
[Collection(SharedSampleSite.Name)]
public sealed class ChartRenderingTests(SampleSite site)
{
    private const string Fills = "() => [...document.querySelectorAll('.chart-bars rect')].map(r => getComputedStyle(r).fill)";

    [Theory]
    [InlineData("")]
    [InlineData("tags/artist-rights/")]
    public async Task The_bars_take_their_colours_from_the_light_or_dark_scheme(string path)
    {
        var light = await FillsIn(path, ColorScheme.Light);
        var dark = await FillsIn(path, ColorScheme.Dark);

        Assert.NotEmpty(light);
        Assert.Equal(light.Length, dark.Length);
        Assert.All(light.Concat(dark), fill => Assert.StartsWith("rgb(", fill, StringComparison.Ordinal));
        Assert.DoesNotContain("rgb(0, 0, 0)", light); // black is SVG's fill when no style applies
        Assert.All(light.Zip(dark), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public async Task In_the_stacked_chart_each_theme_has_its_own_colour_as_its_legend_shows()
    {
        await using var visit = await site.OpenAsync();
        await visit.Page.GotoAsync(site.Url("archive/"));

        var swatches = await visit.Page.Locator(".chart-legend .swatch").EvaluateAllAsync<string[]>("s => s.map(e => getComputedStyle(e).borderTopColor)");
        var bands = await visit.Page.Locator(".chart-bars rect").EvaluateAllAsync<string[][]>(
            "rs => rs.map(r => [r.getAttribute('class'), getComputedStyle(r).fill])");
        var legend = await visit.Page.Locator(".chart-legend .swatch").EvaluateAllAsync<string[]>("s => s.map(e => e.classList[1])");

        Assert.Equal(swatches.Length, swatches.Distinct().Count());
        var colourOf = legend.Zip(swatches).ToDictionary(p => p.First, p => p.Second);
        Assert.All(bands, band => Assert.Equal(colourOf[band[0]], band[1]));
    }

    [Fact]
    public async Task Given_javascript_off_Then_the_chart_is_drawn_and_its_table_opens()
    {
        await using var visit = await site.OpenAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await visit.Page.GotoAsync(site.Url(""));

        await Expect(visit.Page.Locator("figure.chart svg")).ToBeVisibleAsync();
        Assert.True(await visit.Page.Locator(".chart-bars rect").CountAsync() > 0);
        await visit.Page.Locator(".chart-data summary").ClickAsync();
        await Expect(visit.Page.Locator(".chart-data table")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task In_print_the_table_is_shown_without_opening_it_and_the_bands_are_outlined_in_black()
    {
        await using var visit = await site.OpenAsync();
        await visit.Page.GotoAsync(site.Url(""));
        await Expect(visit.Page.Locator(".chart-data table")).ToBeHiddenAsync();

        await visit.Page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(visit.Page.Locator(".chart-data table")).ToBeVisibleAsync();
        await Expect(visit.Page.Locator(".chart-data summary")).ToBeHiddenAsync();
        var strokes = await visit.Page.Locator(".chart-bars rect").EvaluateAllAsync<string[]>("rs => rs.map(r => getComputedStyle(r).stroke)");
        Assert.All(strokes, s => Assert.Equal("rgb(0, 0, 0)", s));
    }

    private async Task<string[]> FillsIn(string path, ColorScheme scheme)
    {
        await using var visit = await site.OpenAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        await visit.Page.GotoAsync(site.Url(path));
        return await visit.Page.EvaluateAsync<string[]>(Fills);
    }
}
