namespace ArchiveSite.Common;

/// <summary>The first path segments the generator's own pages and files use: a plain page may not take one.</summary>
/// <remarks>Here rather than with the URLs (Pages) because stage 2 checks plain pages against them before any page is planned.</remarks>
public static class SiteSections
{
    public static IReadOnlySet<string> Reserved { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "digests", "tags", "entities", "archive", "search", "data", "assets", "pagefind", "page", "feed.xml", "sitemap.xml", "robots.txt", "404",
        "stories", "corrections",
    };
}
