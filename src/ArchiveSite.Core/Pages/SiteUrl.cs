namespace ArchiveSite.Pages;

/// <summary>The one URL helper: applies the base path to every internal link and makes canonical URLs absolute.</summary>
/// <remarks>
/// The base path is normalised once to "" or "/repo" (no trailing slash), so joining never yields "//tags/" or
/// "/repotags/". Paths given to it are site-relative: "" for home, "tags/labor/", "feed.xml".
/// </remarks>
public sealed class SiteUrl
{
    public SiteUrl(Uri baseUrl)
    {
        Origin = baseUrl.GetLeftPart(UriPartial.Authority);
        BasePath = baseUrl.AbsolutePath.TrimEnd('/');
    }

    /// <summary>Scheme, host and port, e.g. https://user.github.io.</summary>
    public string Origin { get; }

    /// <summary>"" for a site at a domain root, or "/repo" for a project site.</summary>
    public string BasePath { get; }

    /// <summary>The root-relative URL of a site path: "tags/labor/" → "/repo/tags/labor/".</summary>
    public string Path(string sitePath) => $"{BasePath}/{sitePath.TrimStart('/')}";

    /// <summary>The absolute URL of a site path, for canonical links, feeds, sitemaps and JSON-LD.</summary>
    public string Absolute(string sitePath) => Origin + Path(sitePath);

    /// <summary>The file a site path is written to: pretty URLs become <c>dir/index.html</c>.</summary>
    public static string OutputFile(string sitePath) =>
        sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
}
