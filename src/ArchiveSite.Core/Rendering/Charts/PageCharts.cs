using ArchiveSite.Model;
using ArchiveSite.Pages;

namespace ArchiveSite.Rendering.Charts;

/// <summary>Which pages carry a year chart, and of what: the archive by theme on the home and archive pages, a theme's,
/// an organisation's or a story line's digests by year on its own page.</summary>
internal static class PageCharts
{
    /// <summary>The id of the one chart a page carries.</summary>
    public const string Id = "year-chart";

    /// <summary>The chart of <paramref name="page"/>, or null when it has none (or nothing to count).</summary>
    public static ChartView? For(SitePage page, Archive archive) => page switch
    {
        HomePage or ArchiveIndexPage => YearChart.Stacked(Id, YearCounts.ByTheme(archive)),

        // Themes and organisations on the archive's whole span, so their charts compare with each other and show the
        // years without them. On the first page only: the chart is of the listing, not of one page of it.
        TagPage { Pagination.Number: 1 } t => OnArchiveSpan(archive.WithTag(t.Tag.Key), archive),
        EntityPage { Pagination.Number: 1 } e => OnArchiveSpan(archive.WithEntity(e.Entity.Slug), archive),

        // A story line on its own span, on its timeline's first page: it is a timeline of its own.
        StoryPage { Pagination.Number: 1 } s => YearChart.Bars(Id, YearCounts.Of(s.Line.Developments, s.Line.Developments[0].Date.Year, s.Line.Developments[^1].Date.Year)),
        _ => null,
    };

    private static ChartView? OnArchiveSpan(IReadOnlyList<Digest> digests, Archive archive)
    {
        var (first, last) = YearCounts.SpanOf(archive);
        return YearChart.Bars(Id, YearCounts.Of(digests, first, last));
    }
}
