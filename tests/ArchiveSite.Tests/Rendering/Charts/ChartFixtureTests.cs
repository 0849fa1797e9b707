namespace ArchiveSite.Tests.Rendering.Charts;

/// <summary>The charts of the minimal fixture, whose three published digests are few enough to count by hand:
/// 2023 older-story [labor, privacy]; 2024 script-title [privacy, labor] and sora-leak [artist-rights, labor]
/// (the 2023 draft is left out, as everywhere else).</summary>
public class ChartFixtureTests(SiteBuildFixture site) : IClassFixture<SiteBuildFixture>
{
    [Fact]
    public void The_home_chart_counts_a_digest_once_in_each_of_its_themes_in_tags_yml_order()
    {
        var chart = ChartFigure.Of(site.Html("index.html"))!;

        Assert.Equal([2023, 2024], chart.Years);
        Assert.Equal(["Artist rights", "Labour", "Privacy"], chart.Rows.Keys);
        Assert.Equal([0, 1, 1], chart.Rows["Artist rights"]);
        Assert.Equal([1, 2, 3], chart.Rows["Labour"]);
        Assert.Equal([1, 1, 2], chart.Rows["Privacy"]);
        Assert.Equal([2, 4, 6], chart.Footer["Theme mentions"]);
        Assert.Equal([1, 2, 3], chart.Footer["Digests"]);
        Assert.Equal(
            [("Labour", 2023, 1), ("Privacy", 2023, 1), ("Artist rights", 2024, 1), ("Labour", 2024, 2), ("Privacy", 2024, 1)],
            chart.Bars.Select(b => (b.Series, b.Year, b.Count)));
        Assert.Contains("6 in all, for 3 digests", chart.Svg.Element("desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paginated_theme_has_its_chart_on_its_first_page_only()
    {
        Assert.Equal([1, 2, 3], ChartFigure.Of(site.Html("tags/labor/index.html"))!.Rows["Digests"]);
        Assert.True(File.Exists(Path.Combine(site.Output, "tags/labor/page/2/index.html")));
        Assert.Null(ChartFigure.Of(site.Html("tags/labor/page/2/index.html")));
    }

    [Fact]
    public void An_organisation_is_charted_over_the_archives_years_and_a_story_over_its_own()
    {
        Assert.Equal([1, 2, 3], ChartFigure.Of(site.Html("entities/openai/index.html"))!.Rows["Digests"]);
        var story = ChartFigure.Of(site.Html("stories/fixture-saga/index.html"))!;
        Assert.Equal([2023, 2024], story.Years);
        Assert.Equal([1, 2, 3], story.Rows["Developments"]);
        Assert.Contains("Bar chart of 3 developments by year, from 2023 to 2024; the most, 2, in 2024.", story.Svg.Element("desc")!.Value, StringComparison.Ordinal);
    }
}
