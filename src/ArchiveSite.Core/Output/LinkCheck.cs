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
    public void AddPage(string pagePath, string html)
    {
        foreach (var link in Links(html))
        {
            if (Internal(link) is { } target)
            {
                _links.Enqueue((pagePath, target));
            }
        }
    }

    /// <summary>Reports each link whose target is missing; every page counts, so one report per broken pair.</summary>
    public int Report(DiagnosticBag diagnostics, string outputDisplayPath)
    {
        var broken = 0;
        foreach (var (page, link) in _links.Distinct().OrderBy(l => l.Page, StringComparer.Ordinal).ThenBy(l => l.Link, StringComparer.Ordinal))
        {
            if (!_files.ContainsKey(link) && !_files.ContainsKey(link + "index.html") && !_files.ContainsKey(link.TrimEnd('/') + "/index.html"))
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
