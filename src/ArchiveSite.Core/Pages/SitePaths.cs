using ArchiveSite.Common;

namespace ArchiveSite.Pages;

/// <summary>The site's URL scheme (see DESIGN.md), as site-relative paths; <see cref="SiteUrl"/> adds the base path.</summary>
internal static class SitePaths
{
    public const string Home = "";
    public const string TagIndex = "tags/";
    public const string EntityIndex = "entities/";
    public const string ArchiveIndex = "archive/";
    public const string Search = "search/";
    public const string StoryIndex = "stories/";
    public const string Corrections = "corrections/";
    public const string CorrectionsFeed = "corrections/feed.xml";
    public const string Feed = "feed.xml";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";
    public const string NotFound = "404.html";
    public const string DataJson = "data/digests.json";
    public const string DataCsv = "data/digests.csv";
    public const string DataPackage = "data/datapackage.json";
    public const string DataSchema = "data/digests.schema.json";
    public const string DataLookup = "data/lookup.json";
    public const string Assets = "assets/";

    /// <summary>Top-level names the generator uses; a plain page may not take one.</summary>
    public static IReadOnlySet<string> Reserved => SiteSections.Reserved;

    public static string Digest(string slug) => $"digests/{slug}/";

    public static string Tag(string key) => $"tags/{key}/";

    public static string TagFeed(string key) => $"tags/{key}/feed.xml";

    public static string Entity(string slug) => $"entities/{slug}/";

    public static string Story(string key) => $"stories/{key}/";

    public static string StoryFeed(string key) => $"stories/{key}/feed.xml";
    public static string EntityFeed(string slug) => $"entities/{slug}/feed.xml";

    public static string Year(int year) => $"archive/{year}/";

    /// <summary>One year's digests as open data, in the shape of <see cref="DataJson"/>.</summary>
    public static string YearDataJson(int year) => $"data/{year}/digests.json";

    public static string Page(string slug) => $"{slug}/";

    /// <summary>A table of the open data, by file name ("sources.csv").</summary>
    public static string DataTable(string fileName) => $"data/{fileName}";

    /// <summary>Page <paramref name="number"/> of a paginated listing: the first page is the listing itself.</summary>
    public static string Paged(string listing, int number) => number <= 1 ? listing : $"{listing}page/{number}/";
}
