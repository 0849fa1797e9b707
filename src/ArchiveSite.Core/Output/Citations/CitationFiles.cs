using System.Text;
using ArchiveSite.Pages;

namespace ArchiveSite.Output.Citations;

/// <summary>Every citation file of the site: BibTeX, RIS and CSL-JSON beside each digest page, and the same three for the
/// whole archive at the site root.</summary>
internal static class CitationFiles
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static IEnumerable<(string Path, byte[] Content)> Create(PagePlan plan)
    {
        var archive = plan.Archive;
        var edition = archive.Edition;
        var tags = archive.Tags.ToDictionary(t => t.Key, StringComparer.Ordinal);
        foreach (var file in Write(CitationEntry.ForArchive(archive, plan.Url, edition), f => f.OfArchive))
        {
            yield return file;
        }

        foreach (var digest in archive.Digests)
        {
            var entry = CitationEntry.ForDigest(archive, plan.Url, edition, digest, tags);
            foreach (var file in Write(entry, f => f.OfDigest(digest.Slug)))
            {
                yield return file;
            }
        }
    }

    private static IEnumerable<(string Path, byte[] Content)> Write(CitationEntry entry, Func<CitationFormat, string> path)
    {
        yield return (path(CitationFormat.BibTeX), Utf8.GetBytes(BibTeXCitation.Write(entry)));
        yield return (path(CitationFormat.Ris), Utf8.GetBytes(RisCitation.Write(entry)));
        yield return (path(CitationFormat.CslJson), CslJsonCitation.Write(entry));
    }
}
