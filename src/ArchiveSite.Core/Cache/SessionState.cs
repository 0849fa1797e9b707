namespace ArchiveSite.Cache;

/// <summary>What a session knows after a good run about the site it wrote, kept by <c>build --cache</c> so that the next
/// process resumes from it: each page's view fingerprint, the site's files, the theme's asset names and every page's links.</summary>
/// <param name="PageKeys">Output file → the view fingerprint its HTML was rendered from.</param>
/// <param name="Files">Every file of the site (pages, assets, feeds, data), by site path; the search index is not among them.</param>
/// <param name="PageFiles">The pages' output files.</param>
/// <param name="SiteFiles">The files written beside the pages (feeds, sitemap, data, citations).</param>
/// <param name="Assets">The theme's asset names → their fingerprinted names.</param>
/// <param name="AssetsFingerprint">The theme fingerprint the assets were copied under.</param>
/// <param name="Links">Page path → its internal links, as the link check last read them.</param>
internal sealed record SessionState(
    Dictionary<string, string> PageKeys,
    List<string> Files,
    List<string> PageFiles,
    List<string> SiteFiles,
    Dictionary<string, string> Assets,
    string AssetsFingerprint,
    Dictionary<string, string[]> Links)
{
    /// <summary>The key of each maker of files beside the pages (<c>Output/SiteFileKey</c>) → the files it made: a maker whose key did not move is not run again.</summary>
    public Dictionary<string, string[]> SiteFileKeys { get; init; } = new(StringComparer.Ordinal);
}
