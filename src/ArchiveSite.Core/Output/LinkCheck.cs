using System.Collections.Concurrent;
using ArchiveSite.Diagnostics;
using ArchiveSite.Pages;

namespace ArchiveSite.Output;

/// <summary>Checks that every internal link and asset of every page points at a file the site contains.</summary>
/// <remarks>Scans the quoted href/src attributes our templates write, rather than parsing each page again, to stay fast.</remarks>
public sealed class LinkCheck(SiteUrl url)
{
    private readonly ConcurrentDictionary<string, byte> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Page, string Link)> _links = new();

    /// <summary>Records a file the site contains, by site path ("digests/x/index.html").</summary>
    public void AddFile(string sitePath) => _files.TryAdd(sitePath, 0);

    /// <summary>Records every internal link of a page for the final check.</summary>
    public void AddPage(string pagePath, string html) => AddLinks(pagePath, InternalLinks(html));

    /// <summary>Records a page's internal links, as <see cref="InternalLinks"/> found them.</summary>
    public void AddLinks(string pagePath, IEnumerable<string> targets)
    {
        foreach (var target in targets)
        {
            _links.Enqueue((pagePath, target));
        }
    }

    /// <summary>The site paths a page links to (root paths for links that escape the base path), so a session can keep them.</summary>
    public List<string> InternalLinks(string html) => [.. Links(html).Select(Internal).OfType<string>().Distinct()];

    /// <summary>Whether a link target, as <see cref="Internal"/> returns it, is a file the site contains.</summary>
    public bool Contains(string target) =>
        _files.ContainsKey(target) || _files.ContainsKey(target + "index.html") || _files.ContainsKey(target.TrimEnd('/') + "/index.html");

    /// <summary>Reports each link whose target is missing; every page counts, so one report per broken pair.</summary>
    public int Report(DiagnosticBag diagnostics, string outputDisplayPath)
    {
        var broken = 0;
        foreach (var (page, link) in _links.Distinct().OrderBy(l => l.Page, StringComparer.Ordinal).ThenBy(l => l.Link, StringComparer.Ordinal))
        {
            if (!Contains(link))
            {
                broken++;
                diagnostics.Add(DiagnosticCodes.BrokenLink, SourceLocation.StartOf($"{outputDisplayPath}/{SiteUrl.OutputFile(page)}"),
                    url.Path(page), link.StartsWith('/') ? link + " (outside the base path)" : url.Path(link));
            }
        }

        return broken;
    }

    /// <summary>The site path a link points to; a root path for one that escapes the base path; null when it leaves the site.</summary>
    public string? Internal(string link)
    {
        var end = link.IndexOfAny(['#', '?']);
        var path = Uri.UnescapeDataString(end < 0 ? link : link[..end]);
        if (path.Length == 0 || path.StartsWith("//", StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var prefix = url.BasePath + "/";
        return path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : path.StartsWith('/') ? path : null;
    }

    private static IEnumerable<string> Links(string html)
    {
        foreach (var attribute in new[] { " href=\"", " src=\"" })
        {
            for (var at = html.IndexOf(attribute, StringComparison.Ordinal); at >= 0; at = html.IndexOf(attribute, at + 1, StringComparison.Ordinal))
            {
                var start = at + attribute.Length;
                var end = html.IndexOf('"', start);
                if (end > start)
                {
                    yield return System.Net.WebUtility.HtmlDecode(html[start..end]);
                }
            }
        }
    }
}
