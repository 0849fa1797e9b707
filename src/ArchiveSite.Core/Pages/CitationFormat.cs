namespace ArchiveSite.Pages;

/// <summary>A file format reference managers import, and where a digest's (or the archive's) citation in it lives.</summary>
/// <param name="FileName">The file's name beside the digest page (<c>digests/{slug}/cite.bib</c>) or at the site root for the whole archive.</param>
/// <param name="MediaType">The registered or customary type, for the link's <c>type</c> attribute.</param>
internal sealed record CitationFormat(string Name, string FileName, string Extension, string MediaType)
{
    public static readonly CitationFormat BibTeX = new("BibTeX", "cite.bib", ".bib", "application/x-bibtex");
    public static readonly CitationFormat Ris = new("RIS", "cite.ris", ".ris", "application/x-research-info-systems");
    public static readonly CitationFormat CslJson = new("CSL-JSON", "cite.json", ".json", "application/vnd.citationstyles.csl+json");

    public static IReadOnlyList<CitationFormat> All { get; } = [BibTeX, Ris, CslJson];

    /// <summary>The site path of a digest's citation in this format.</summary>
    public string OfDigest(string slug) => SitePaths.Digest(slug) + FileName;

    /// <summary>The site path of the whole archive's citation in this format.</summary>
    public string OfArchive => FileName;
}
