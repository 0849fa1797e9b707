using System.Collections.Concurrent;
using ArchiveSite.Diagnostics;
using ArchiveSite.Pages;

namespace ArchiveSite.Output;

/// <summary>Every page's internal links as last rendered, checked against the files the site contains.</summary>
/// <remarks>
/// A page's links can break only when the page is rendered again or when files come or go; so each check looks at the
/// pages just rendered and those broken before, and at every page only when the set of files changed. A full build is
/// the case where every page was just rendered. Links are found by scanning the quoted href/src attributes our
/// templates write rather than parsing each page again, to stay fast.
/// </remarks>
internal sealed class LinkIndex
{
    private readonly ConcurrentDictionary<string, string[]> _links = new(StringComparer.Ordinal);
    private HashSet<string> _files = new(StringComparer.Ordinal);
    private HashSet<string> _broken = new(StringComparer.Ordinal);

    /// <summary>Every page's internal links as last set (for <c>build --cache</c>, which keeps them across runs).</summary>
    internal IReadOnlyDictionary<string, string[]> PageLinks => _links;

    /// <summary>Starts from the links and files of an earlier, good run, as if this index had checked them itself.</summary>
    internal void Restore(IEnumerable<KeyValuePair<string, string[]>> links, IEnumerable<string> files)
    {
        foreach (var (page, targets) in links)
        {
            _links[page] = targets;
        }

        _files = files.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Records a page's internal links from its latest render; safe to call from rendering threads.</summary>
    public void Set(SiteUrl url, string pagePath, string html) => _links[pagePath] = [.. InternalLinks(url, html)];

    /// <summary>Reports each broken link of the pages that may have changed: one diagnostic per broken page–link pair.</summary>
    /// <param name="pagePaths">Every page of the site, by site path ("digests/x/").</param>
    /// <param name="files">Every file of the site, by site path ("digests/x/index.html").</param>
    /// <param name="rendered">Paths of the pages rendered since the last check.</param>
    public int Check(SiteUrl url, IEnumerable<string> pagePaths, HashSet<string> files, IEnumerable<string> rendered, DiagnosticBag diagnostics, string outputDisplayPath)
    {
        var pages = pagePaths.ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _links.Keys.Where(p => !pages.Contains(p)).ToList())
        {
            _links.TryRemove(gone, out _);
        }

        var candidates = files.SetEquals(_files) ? rendered.Concat(_broken) : pages;
        var broken = candidates
            .Distinct(StringComparer.Ordinal)
            .SelectMany(p => _links.TryGetValue(p, out var links) ? links.Where(l => !Contains(files, l)).Select(l => (Page: p, Link: l)) : [])
            .OrderBy(l => l.Page, StringComparer.Ordinal).ThenBy(l => l.Link, StringComparer.Ordinal)
            .ToList();
        foreach (var (page, link) in broken)
        {
            diagnostics.Add(DiagnosticCodes.BrokenLink, SourceLocation.StartOf($"{outputDisplayPath}/{SiteUrl.OutputFile(page)}"),
                url.Path(page), link.StartsWith('/') ? link + " (outside the base path)" : url.Path(link));
        }

        (_files, _broken) = (files, broken.Select(b => b.Page).ToHashSet(StringComparer.Ordinal));
        return broken.Count;
    }

    /// <summary>The distinct site paths a page links to (root paths for links that escape the base path).</summary>
    public static IEnumerable<string> InternalLinks(SiteUrl url, string html) =>
        Links(html).Select(l => Internal(url, l)).OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>The site path a link points to; a root path for one that escapes the base path; null when it leaves the site.</summary>
    public static string? Internal(SiteUrl url, string link)
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

    /// <summary>Whether a link target, as <see cref="Internal"/> returns it, is a file the site contains.</summary>
    private static bool Contains(HashSet<string> files, string target) =>
        files.Contains(target) || files.Contains(target + "index.html") || files.Contains(target.TrimEnd('/') + "/index.html");

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
