using ArchiveSite.Model;

namespace ArchiveSite.Rendering.Charts;

/// <summary>How many digests fall in each year of a span, in one or more series: the numbers a year chart draws and its table lists.</summary>
/// <param name="FirstYear">The first year of the span; every year up to the last has a count, zero included, so gaps show.</param>
/// <param name="Digests">Digests per year (each counted once, whatever its series).</param>
internal sealed record YearCounts(int FirstYear, IReadOnlyList<YearSeries> Series, IReadOnlyList<int> Digests)
{
    public int LastYear => FirstYear + Digests.Count - 1;

    /// <summary>One series: <paramref name="digests"/> by year from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static YearCounts Of(IEnumerable<Digest> digests, int first, int last)
    {
        var counts = Count(digests, first, last);
        return new YearCounts(first, [new YearSeries("", "", counts)], counts);
    }

    /// <summary>The archive by year, one series per theme in tags.yml order (themes without digests left out).</summary>
    /// <remarks>A digest is counted once in each theme it carries, so a year's series add up to its theme mentions,
    /// which can exceed its digests; each series then equals what the theme's own page counts for that year.</remarks>
    public static YearCounts ByTheme(Archive archive)
    {
        var (first, last) = SpanOf(archive);
        var series = archive.Tags
            .Select(t => new YearSeries(t.Key, t.Title, Count(archive.WithTag(t.Key), first, last)))
            .Where(s => s.Counts.Any(c => c > 0))
            .ToList();
        return new YearCounts(first, series, Count(archive.Digests, first, last));
    }

    /// <summary>The first and last year with a digest in the archive; (0, -1), an empty span, when it has none.</summary>
    public static (int First, int Last) SpanOf(Archive archive) =>
        archive.Years.Count == 0 ? (0, -1) : (archive.Years[^1].Year, archive.Years[0].Year);

    private static int[] Count(IEnumerable<Digest> digests, int first, int last)
    {
        var counts = new int[Math.Max(0, last - first + 1)];
        foreach (var digest in digests)
        {
            var year = digest.Date.Year;
            if (year >= first && year <= last)
            {
                counts[year - first]++;
            }
        }

        return counts;
    }
}

/// <summary>One series of a year chart (a theme, or the one series of a plain bar chart): its count for each year of the span.</summary>
/// <param name="Key">The theme's key, or "" for the one series of a plain chart.</param>
internal sealed record YearSeries(string Key, string Title, IReadOnlyList<int> Counts);
