namespace ArchiveSite.Rendering.Charts;

// What theme/partials/chart.liquid draws: the numbers and every coordinate, computed here as whole numbers so the
// SVG is the same bytes on every build; the words (caption, description, headers) are the theme's.

/// <summary>A chart of counts per year, laid out: its bars in SVG user units, its axis, and the numbers its table lists.</summary>
/// <param name="Id">The figure's id, and the prefix of the ids inside it (unique on its page).</param>
/// <param name="Kind">"bars" (one series, each bar labelled with its count) or "stacked" (one band per series, a scale on the left).</param>
/// <param name="Baseline">The y of the bars' foot (the axis line), from <paramref name="PlotLeft"/> to <paramref name="PlotRight"/>.</param>
/// <param name="YearY">The y of the year labels' baseline.</param>
/// <param name="TickX">The x where the scale's labels end (they are right-aligned).</param>
/// <param name="Total">Every count of every series added up (for stacked charts: theme mentions).</param>
/// <param name="Digests">Digests counted (each once, whatever its series).</param>
/// <param name="PeakYear">The first year with the highest bar.</param>
internal sealed record ChartView(
    string Id,
    string Kind,
    int Width,
    int Height,
    int Baseline,
    int PlotLeft,
    int PlotRight,
    int YearY,
    int TickX,
    IReadOnlyList<ChartYear> Years,
    IReadOnlyList<ChartSeries> Series,
    IReadOnlyList<ChartBar> Bars,
    IReadOnlyList<ChartTick> Ticks,
    int Total,
    int Digests,
    int FirstYear,
    int LastYear,
    int PeakYear,
    int PeakTotal);

/// <summary>One year of the span: where its label goes and what its bar adds up to.</summary>
/// <param name="X">The centre of its slot (year label and count label).</param>
/// <param name="Total">Its bar's height in counts (the series added up).</param>
/// <param name="Digests">Its digests, each counted once.</param>
/// <param name="LabelY">The baseline of the count label just above its bar.</param>
internal sealed record ChartYear(int Year, int X, int Total, int Digests, int LabelY);

/// <summary>A series as the legend and the table show it; <c>Class</c> gives its colour in site.css.</summary>
/// <param name="Counts">One count per year of the span, oldest first.</param>
internal sealed record ChartSeries(string Key, string Title, string Class, IReadOnlyList<int> Counts, int Total);

/// <summary>One drawn rectangle: a year's bar, or one series' band of it.</summary>
internal sealed record ChartBar(int Year, int Count, string Series, string Class, int X, int Y, int Width, int Height);

/// <summary>A line of the stacked chart's scale: its value and the y of its grid line.</summary>
internal sealed record ChartTick(int Value, int Y);
