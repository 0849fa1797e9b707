using ArchiveSite.Model;

namespace ArchiveSite.Pages;

/// <summary>One page of a paginated listing: its items and the site paths of its neighbours.</summary>
internal sealed record Pagination(int Number, int Count, IReadOnlyList<Digest> Items, string? Previous, string? Next)
{
    /// <summary>Splits <paramref name="digests"/> into pages of <paramref name="size"/> under <paramref name="listing"/>.</summary>
    public static IEnumerable<(string Path, Pagination Pagination)> Split(string listing, IReadOnlyList<Digest> digests, int size) =>
        ListingPage<Digest>.Split(listing, digests, size)
            .Select(p => (p.Path, new Pagination(p.Number, p.Count, p.Items, p.Previous, p.Next)));
}

/// <summary>One page of a paginated listing of any kind of entry (corrections, organisations, story lines).</summary>
/// <param name="First">The 0-based position of the page's first item in the whole listing.</param>
internal sealed record ListingPage<T>(string Path, int Number, int Count, int First, IReadOnlyList<T> Items, string? Previous, string? Next)
{
    /// <summary>Splits <paramref name="items"/> into pages of <paramref name="size"/> under <paramref name="listing"/>;
    /// the first page is the listing itself, so a listing that fits one page keeps its one URL.</summary>
    public static IEnumerable<ListingPage<T>> Split(string listing, IReadOnlyList<T> items, int size)
    {
        var count = Math.Max(1, (items.Count + size - 1) / size);
        for (var number = 1; number <= count; number++)
        {
            var first = (number - 1) * size;
            yield return new ListingPage<T>(
                SitePaths.Paged(listing, number), number, count, first, [.. items.Skip(first).Take(size)],
                number > 1 ? SitePaths.Paged(listing, number - 1) : null,
                number < count ? SitePaths.Paged(listing, number + 1) : null);
        }
    }
}
