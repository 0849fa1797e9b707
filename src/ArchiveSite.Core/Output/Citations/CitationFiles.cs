using ArchiveSite.Pages;

namespace ArchiveSite.Output.Citations;

/// <summary>Every citation file of the site: BibTeX, RIS and CSL-JSON beside each digest page, and the same three for the
/// whole archive at the site root.</summary>
internal static class CitationFiles
{
    /// <summary>One maker per citation target, the archive first, then each digest: each makes that target's three files.</summary>
    /// <remarks>Each is keyed by its entry, which is all the three files are written from (the entry is made twice when
    /// the key is asked for: a few fields, against three files written and hashed).</remarks>
    public static IEnumerable<SiteFileMaker> Makers(PagePlan plan)
    {
        var archive = plan.Archive;
        var edition = archive.Edition;
        var tags = archive.Tags.ToDictionary(t => t.Key, StringComparer.Ordinal);
        SiteFileMaker Maker(Func<CitationEntry> entry, Func<CitationFormat, string> path) => new(
            () => SiteFileKey.Of("citation", entry(), path(CitationFormat.BibTeX)),
            () => Write(entry(), path));
        yield return Maker(() => CitationEntry.ForArchive(archive, plan.Url, edition), f => f.OfArchive);
        foreach (var digest in archive.Digests)
        {
            yield return Maker(() => CitationEntry.ForDigest(archive, plan.Url, edition, digest, tags), f => f.OfDigest(digest.Slug));
        }
    }

    private static IEnumerable<SiteFile> Write(CitationEntry entry, Func<CitationFormat, string> path)
    {
        yield return (path(CitationFormat.BibTeX), BibTeXCitation.Write(entry));
        yield return (path(CitationFormat.Ris), RisCitation.Write(entry));
        yield return (path(CitationFormat.CslJson), CslJsonCitation.Write(entry));
    }
}
