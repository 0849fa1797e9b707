using ArchiveSite.Rendering.Charts;

namespace ArchiveSite.Tests.Rendering.Charts;

/// <summary>The layout of a year chart: the picture's proportions follow the counts, in whole units, and nothing counted is lost.</summary>
public class YearChartTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(10, 2)]
    [InlineData(11, 5)]
    [InlineData(59, 20)]
    [InlineData(100, 20)]
    [InlineData(101, 50)]
    [InlineData(99_999, 20_000)]
    public void The_scale_has_at_most_five_steps_of_one_two_or_five_times_a_power_of_ten(int max, int step)
    {
        Assert.Equal(step, YearChart.StepFor(max));
        Assert.True((max + step - 1) / step <= 5);
    }

    [Fact]
    public void Given_counts_When_drawn_as_bars_Then_every_year_of_the_span_is_labelled_and_every_counted_year_has_a_bar_as_tall_as_its_share()
    {
        var chart = YearChart.Bars("c", Single(2020, 4, 0, 2, 1))!;

        Assert.Equal([2020, 2021, 2022, 2023], chart.Years.Select(y => y.Year));
        Assert.Equal([(2020, 4), (2022, 2), (2023, 1)], chart.Bars.Select(b => (b.Year, b.Count)));
        var tallest = chart.Bars[0].Height;
        Assert.All(chart.Bars, b => Assert.Equal(chart.Baseline, b.Y + b.Height));
        Assert.Equal([tallest, tallest / 2, tallest / 4], chart.Bars.Select(b => b.Height));
        Assert.Equal((7, 2020, 4), (chart.Total, chart.PeakYear, chart.PeakTotal));
        Assert.Equal(chart.Width, chart.Years.Count * 40 + 8);
    }

    [Fact]
    public void Given_one_digest_among_hundreds_When_drawn_Then_its_bar_is_still_visible()
    {
        var chart = YearChart.Bars("c", Single(2020, 900, 1))!;

        Assert.Equal(1, chart.Bars[1].Height);
    }

    [Fact]
    public void Given_nothing_counted_Then_there_is_no_chart()
    {
        Assert.Null(YearChart.Bars("c", Single(2020, 0, 0)));
        Assert.Null(YearChart.Stacked("c", new YearCounts(2020, [new YearSeries("a", "A", [0, 0])], [0, 0])));
        Assert.Null(YearChart.Stacked("c", new YearCounts(0, [], [])));
    }

    [Fact]
    public void Given_series_When_stacked_Then_each_bar_is_its_bands_end_to_end_from_the_baseline_in_series_order()
    {
        var counts = new YearCounts(2020, [
            new YearSeries("a", "A", [3, 0, 7]),
            new YearSeries("b", "B", [1, 0, 1]),
            new YearSeries("c", "C", [5, 0, 1])], [6, 0, 7]);

        var chart = YearChart.Stacked("c", counts)!;

        Assert.Equal([("A", 2020, 3), ("B", 2020, 1), ("C", 2020, 5), ("A", 2022, 7), ("B", 2022, 1), ("C", 2022, 1)],
            chart.Bars.Select(b => (b.Series, b.Year, b.Count)));
        foreach (var year in chart.Bars.GroupBy(b => b.Year))
        {
            var bands = year.ToList();
            Assert.Equal(chart.Baseline, bands[0].Y + bands[0].Height);
            for (var i = 1; i < bands.Count; i++)
            {
                Assert.Equal(bands[i - 1].Y, bands[i].Y + bands[i].Height);
            }
        }

        Assert.Equal([9, 0, 9], chart.Years.Select(y => y.Total));
        Assert.Equal([6, 0, 7], chart.Years.Select(y => y.Digests));
        Assert.Equal(["s1", "s2", "s3"], chart.Series.Select(s => s.Class));
        Assert.Equal((18, 13, 2020), (chart.Total, chart.Digests, chart.PeakYear));
    }

    [Fact]
    public void Given_a_stacked_chart_Then_its_scale_starts_at_the_baseline_and_reaches_above_the_highest_bar()
    {
        var chart = YearChart.Stacked("c", new YearCounts(2020, [new YearSeries("a", "A", [59, 12])], [59, 12]))!;

        Assert.Equal([0, 20, 40, 60], chart.Ticks.Select(t => t.Value));
        Assert.Equal(chart.Baseline, chart.Ticks[0].Y);
        Assert.True(chart.Ticks[^1].Y <= chart.Bars[0].Y);
        Assert.Equal(chart.Baseline - chart.Ticks[^1].Y, (int)Math.Round(chart.Bars[0].Height * 60 / 59.0));
    }

    [Fact]
    public void Given_more_series_than_colours_Then_the_colours_are_reused_in_order()
    {
        var series = Enumerable.Range(0, 18).Select(i => new YearSeries($"t{i}", $"T{i}", [1])).ToList();

        var chart = YearChart.Stacked("c", new YearCounts(2020, series, [1]))!;

        Assert.Equal("s16", chart.Series[15].Class);
        Assert.Equal("s1", chart.Series[16].Class);
        Assert.Equal("s2", chart.Series[17].Class);
    }

    private static YearCounts Single(int first, params int[] counts) => new(first, [new YearSeries("", "", counts)], counts);
}
