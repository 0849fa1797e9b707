using ArchiveSite.Model;
using ArchiveSite.Pages;

namespace ArchiveSite.Output.Citations;

/// <summary>What a citation of a digest, or of the whole archive, says; each file format writes the same entry.</summary>
/// <remarks>
/// A digest is cited as an entry of the archive: the archive is its corporate author and its publisher, and its date is
/// the entry's last change (the state of the text being cited, as a wiki citation gives a revision's date), not the
/// event's. The event's date is kept apart (BibTeX <c>eventdate</c>, CSL <c>event-date</c>, a RIS note), so reference
/// managers show "Archive (2024). Title" for the version read, and the event is still on record.
/// </remarks>
/// <param name="Key">The citation key: the digest's slug, or the archive title's slug. Stable across builds.</param>
/// <param name="Issued">The last change; null for an archive without digests.</param>
/// <param name="EventDate">When the event happened; null for the whole archive.</param>
/// <param name="Version">The archive's version, or null when none is set (then no format claims one).</param>
internal sealed record CitationEntry(
    string Key,
    bool IsArchive,
    string Title,
    string Publisher,
    string Url,
    DateOnly? Issued,
    DateOnly? EventDate,
    string? Version,
    string Abstract,
    IReadOnlyList<string> Keywords,
    string Language)
{
    public static CitationEntry ForDigest(Archive archive, SiteUrl url, ArchiveEdition edition, Digest digest, IReadOnlyDictionary<string, Tag> tags) => new(
        digest.Slug, false, digest.Title, archive.Settings.Title, url.Absolute(SitePaths.Digest(digest.Slug)),
        digest.LastModified, digest.Date, edition.Version, digest.Summary,
        [.. digest.Tags.Select(t => tags.TryGetValue(t, out var tag) ? tag.Title : t)], digest.Language ?? archive.Settings.Language);

    public static CitationEntry ForArchive(Archive archive, SiteUrl url, ArchiveEdition edition) => new(
        ArchiveKey(archive.Settings.Title), true, archive.Settings.Title, archive.Settings.Title, url.Absolute(SitePaths.Home),
        edition.LastChanged, null, edition.Version, archive.Settings.Description, [], archive.Settings.Language);

    private static string ArchiveKey(string title) => Common.Slugs.From(title) is { Length: > 0 } slug ? slug : "archive";
}
