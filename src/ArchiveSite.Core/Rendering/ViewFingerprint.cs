namespace ArchiveSite.Rendering;

/// <summary>A hash of exactly the values a page's template receives: equal fingerprints render equal HTML.</summary>
/// <remarks>
/// The views are walked as they are (<see cref="ViewHasher"/>: the records member by member, in declaration order, into
/// a byte buffer that is hashed), so a member added to a view is part of the fingerprint the moment it exists: there is
/// no list of fields to keep in step.
/// The site-wide part (the <c>site</c> view, the theme's files, the URL helper and the asset names) is hashed once per
/// update and mixed into every page's fingerprint.
/// </remarks>
internal static class ViewFingerprint
{
    /// <summary>The site-wide part: what every page's template receives besides its own <c>page</c> view.</summary>
    public static string OfSite(ViewHasher hasher, SiteView site, string themeFingerprint, string baseUrl, IReadOnlyDictionary<string, string> assets) =>
        hasher.Hash(writer =>
        {
            writer.String(themeFingerprint);
            writer.String(baseUrl);
            writer.Value(assets.OrderBy(a => a.Key, StringComparer.Ordinal).ToList(), typeof(List<KeyValuePair<string, string>>));
            writer.Value(site, typeof(SiteView));
        });

    /// <summary>One page: the site-wide fingerprint, the page's kind and output file, and its <c>page</c> view.</summary>
    public static string OfPage(ViewHasher hasher, string siteFingerprint, string layout, string outputFile, PageView page) =>
        hasher.Hash(writer =>
        {
            writer.String(siteFingerprint);
            writer.String(layout);
            writer.String(outputFile);
            writer.Value(page, typeof(PageView));
        });
}
