using ArchiveSite.Model;

namespace ArchiveSite.Pages;

/// <summary>One page of a paginated listing: its items and the site paths of its neighbours.</summary>
internal sealed record Pagination(int Number, int Count, IReadOnlyList<Digest> Items, string? Previous, string? Next)
{
    /// <summary>Splits <paramref name="digests"/> into pages of <paramref name="size"/> under <paramref name="listing"/>.</summary>
    public static IEnumerable<(string Path, Pagination Pagination)> Split(string listing, IReadOnlyList<Digest> digests, int size)
    {
        var count = Math.Max(1, (digests.Count + size - 1) / size);
        for (var number = 1; number <= count; number++)
        {
            var items = digests.Skip((number - 1) * size).Take(size).ToList();
            yield return (SitePaths.Paged(listing, number), new Pagination(
                number, count, items,
                number > 1 ? SitePaths.Paged(listing, number - 1) : null,
                number < count ? SitePaths.Paged(listing, number + 1) : null));
        }
    }
}
