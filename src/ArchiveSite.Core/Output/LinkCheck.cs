using System.Collections.Concurrent;
using ArchiveSite.Diagnostics;
using ArchiveSite.Pages;

namespace ArchiveSite.Output;

/// <summary>Checks that every internal link and asset of every page points at a file the site contains.</summary>
/// <remarks>Scans the quoted href/src attributes our templates write, rather than parsing each page again, to stay fast.</remarks>
public sealed class LinkCheck(SiteUrl url)
{
    private readonly ConcurrentDictionary<string, byte> _files = new(StringComparer.Ordinal);

    // Each page's distinct internal targets: a listing page repeats the same theme links fifty times, and a
    // 10,000-digest site has some 600,000 links but only a few per page worth checking once each.
    private readonly ConcurrentQueue<(string Page, string[] Targets)> _pages = new();

    /// <summary>Records a file the site contains, by site path ("digests/x/index.html").</summary>
    public void AddFile(string sitePath) => _files.TryAdd(sitePath, 0);

    /// <summary>Records every internal link of a page for the final check.</summary>
    public void AddPage(string pagePath, string html) => AddLinks(pagePath, InternalLinks(html));

    /// <summary>Records a page's internal links, as <see cref="InternalLinks"/> found them.</summary>
    public void AddLinks(string pagePath, IEnumerable<string> targets) => _pages.Enqueue((pagePath, [.. targets]));

    /// <summary>The site paths a page links to (root paths for links that escape the base path), so a session can keep them.</summary>
    public List<string> InternalLinks(string html) => [.. Links(html).Select(Internal).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>Whether a link target, as <see cref="Internal"/> returns it, is a file the site contains.</summary>
    public bool Contains(string target) =>
        _files.ContainsKey(target) || _files.ContainsKey(target + "index.html") || _files.ContainsKey(target.TrimEnd('/') + "/index.html");

    /// <summary>Reports each link whose target is missing; every page counts, so one report per broken pair.</summary>
    public int Report(DiagnosticBag diagnostics, string outputDisplayPath)
    {
        var found = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var broken = _pages
            .SelectMany(p => p.Targets.Where(t => !found.GetOrAdd(t, Contains)).Select(t => (p.Page, Link: t)))
            .OrderBy(l => l.Page, StringComparer.Ordinal).ThenBy(l => l.Link, StringComparer.Ordinal)
            .ToList();
        foreach (var (page, link) in broken)
        {
            diagnostics.Add(DiagnosticCodes.BrokenLink, SourceLocation.StartOf($"{outputDisplayPath}/{SiteUrl.OutputFile(page)}"),
                url.Path(page), link.StartsWith('/') ? link + " (outside the base path)" : url.Path(link));
        }

        return broken.Count;
    }

    /// <summary>The site path a link points to; a root path for one that escapes the base path; null when it leaves the site.</summary>
    public string? Internal(string link)
    {
        var end = link.IndexOfAny(['#', '?']);
        var path = end < 0 ? link : link[..end];
        if (path.Contains('%', StringComparison.Ordinal))
        {
            path = Uri.UnescapeDataString(path);
        }

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
                    var value = html[start..end];
                    yield return value.Contains('&', StringComparison.Ordinal) ? System.Net.WebUtility.HtmlDecode(value) : value;
                }
            }
        }
    }
}
