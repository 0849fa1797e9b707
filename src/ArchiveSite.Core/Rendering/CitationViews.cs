using ArchiveSite.Model;
using ArchiveSite.Pages;

namespace ArchiveSite.Rendering;

/// <summary>A citation as a page shows it: one readable line and the files reference managers import.</summary>
internal sealed record CitationView(string Text, IReadOnlyList<CitationFileLink> Files);

/// <summary>A link to a citation file; <c>Download</c> is the file name a browser saves it as (<c>{slug}.bib</c>).</summary>
internal sealed record CitationFileLink(string Format, string Url, string MediaType, string Download);

/// <summary>Builds the readable citations of a digest and of the whole archive, with links to their files.</summary>
/// <remarks>The same facts as the files (Output/Citations): the archive as author and publisher, the entry's last
/// change, the event's date, the version when one is set.</remarks>
internal static class CitationViews
{
    public static CitationView OfDigest(SiteSettings settings, SiteUrl url, ArchiveEdition edition, Digest digest, ThemeLanguage language)
    {
        var text = language.Text(
            "citation.digest", ("site", settings.Title), ("title", digest.Title), ("event", language.LongDate(digest.Date)),
            ("changed", language.LongDate(digest.LastModified)), ("version", VersionSentence(edition, language)), ("url", url.Absolute(SitePaths.Digest(digest.Slug))));
        return new(text, [.. CitationFormat.All.Select(f => Link(url, f, f.OfDigest(digest.Slug), digest.Slug))]);
    }

    public static CitationView OfArchive(SiteSettings settings, SiteUrl url, ArchiveEdition edition, ThemeLanguage language)
    {
        var changed = edition.LastChanged is { } d ? language.Text("citation.archive_changed", ("changed", language.LongDate(d))) : "";
        var text = language.Text("citation.archive", ("site", settings.Title), ("version", VersionSentence(edition, language)), ("changed", changed), ("url", url.Absolute(SitePaths.Home)));
        var name = Common.Slugs.From(settings.Title) is { Length: > 0 } slug ? slug : "archive";
        return new(text, [.. CitationFormat.All.Select(f => Link(url, f, f.OfArchive, name))]);
    }

    private static string VersionSentence(ArchiveEdition edition, ThemeLanguage language) =>
        edition.Version is { } v ? language.Text("citation.version", ("version", v)) : "";

    private static CitationFileLink Link(SiteUrl url, CitationFormat format, string path, string name) =>
        new(format.Name, url.Path(path), format.MediaType, name + format.Extension);
}
