namespace ArchiveSite.Rendering.Charts;

/// <summary>Lays out counts per year as a chart: a plain bar chart labelled with its counts, or bars stacked by series
/// on a scale; every coordinate a whole number of SVG user units (one unit is one CSS pixel at natural size).</summary>
internal static class YearChart
{
    // Each year has a slot 40 units wide: room for "2024" at 12 units under a bar wide enough to point at, and ten years
    // in 400 units, so a decade fits a phone's width without shrinking its labels much.
    private const int Slot = 40;

    // As many colours as site.css defines (--chart-1 … --chart-16); further series reuse them in order.
    private const int Palette = 16;

    /// <summary>A plain bar chart of the first series of <paramref name="counts"/>, or null when it counts nothing.</summary>
    public static ChartView? Bars(string id, YearCounts counts)
    {
        const int pad = 4, bar = 26, top = 18, plot = 72;
        var series = counts.Series[0].Counts;
        var max = series.DefaultIfEmpty().Max();
        if (max == 0)
        {
            return null;
        }

        var baseline = top + plot;
        var years = new List<ChartYear>(series.Count);
        var bars = new List<ChartBar>(series.Count);
        for (var i = 0; i < series.Count; i++)
        {
            var (year, count, left) = (counts.FirstYear + i, series[i], pad + (i * Slot));

            // A bar of one among hundreds still shows as a line: a year with digests never looks empty.
            var height = count == 0 ? 0 : Math.Max(1, Scale(count, max, plot));
            years.Add(new ChartYear(year, left + (Slot / 2), count, counts.Digests[i], baseline - height - 4));
            if (count > 0)
            {
                bars.Add(new ChartBar(year, count, "", "bar", left + ((Slot - bar) / 2), baseline - height, bar, height));
            }
        }

        var width = (2 * pad) + (series.Count * Slot);
        return Chart(id, "bars", counts, width, baseline + 22, baseline, pad, width - pad, baseline + 16, 0, years,
            [new ChartSeries("", "", "bar", series, series.Sum())], bars, []);
    }

    /// <summary>Bars stacked by series, in the order of <paramref name="counts"/>, on a scale of at most five steps;
    /// null when it counts nothing.</summary>
    public static ChartView? Stacked(string id, YearCounts counts)
    {
        const int left = 36, right = 8, bar = 28, top = 10, plot = 160;
        var span = counts.Digests.Count;
        var totals = Enumerable.Range(0, span).Select(i => counts.Series.Sum(s => s.Counts[i])).ToList();
        var max = totals.DefaultIfEmpty().Max();
        if (max == 0)
        {
            return null;
        }

        var step = StepFor(max);
        var scaleTop = (max + step - 1) / step * step;
        var baseline = top + plot;
        var ticks = Enumerable.Range(0, (scaleTop / step) + 1).Select(k => new ChartTick(k * step, baseline - Scale(k * step, scaleTop, plot))).ToList();
        var series = counts.Series.Select((s, k) => new ChartSeries(s.Key, s.Title, $"s{(k % Palette) + 1}", s.Counts, s.Counts.Sum())).ToList();
        var years = new List<ChartYear>(span);
        var bars = new List<ChartBar>();
        for (var i = 0; i < span; i++)
        {
            var (year, x) = (counts.FirstYear + i, left + (i * Slot));
            var below = 0;
            foreach (var s in series)
            {
                if (s.Counts[i] is var count and > 0)
                {
                    // Each band runs between rounded running totals, so the bands of a bar add up to its rounded height exactly.
                    var (foot, head) = (baseline - Scale(below, scaleTop, plot), baseline - Scale(below + count, scaleTop, plot));
                    bars.Add(new ChartBar(year, count, s.Title, s.Class, x + ((Slot - bar) / 2), head, bar, foot - head));
                    below += count;
                }
            }

            years.Add(new ChartYear(year, x + (Slot / 2), totals[i], counts.Digests[i], baseline - Scale(totals[i], scaleTop, plot) - 4));
        }

        var width = left + (span * Slot) + right;
        return Chart(id, "stacked", counts, width, baseline + 24, baseline, left, width - right, baseline + 16, left - 6, years, series, bars, ticks);
    }

    private static ChartView Chart(
        string id, string kind, YearCounts counts, int width, int height, int baseline, int plotLeft, int plotRight, int yearY, int tickX,
        List<ChartYear> years, List<ChartSeries> series, List<ChartBar> bars, List<ChartTick> ticks)
    {
        var peak = years.MaxBy(y => y.Total)!; // the first of equal highest bars
        return new ChartView(
            id, kind, width, height, baseline, plotLeft, plotRight, yearY, tickX, years, series, bars, ticks,
            series.Sum(s => s.Total), counts.Digests.Sum(), counts.FirstYear, counts.LastYear, peak.Year, peak.Total);
    }

    /// <summary>The smallest of 1, 2, 5, 10, 20, 50, … that divides 0…<paramref name="max"/> into at most five steps.</summary>
    internal static int StepFor(int max)
    {
        for (var power = 1L; ; power *= 10)
        {
            foreach (var factor in (int[])[1, 2, 5])
            {
                if (factor * power * 5 >= max)
                {
                    return (int)(factor * power);
                }
            }
        }
    }

    // value / full of the plot's height, rounded half up, in whole units (integer arithmetic: the same on every machine).
    private static int Scale(long value, long full, long plot) => (int)(((2 * value * plot) + full) / (2 * full));
}
