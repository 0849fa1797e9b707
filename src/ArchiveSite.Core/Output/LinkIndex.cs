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

    // Every link target seen, kept once: thousands of pages link to the same few thousand pages, so a page's links
    // are looked up here by span and a string is made only for a target never seen before.
    private readonly ConcurrentDictionary<string, string> _targets = new(StringComparer.Ordinal);
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
    public void Set(SiteUrl url, string pagePath, ReadOnlySpan<char> html) => _links[pagePath] = TargetsOf(url, html);

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

    /// <summary>The site path a link points to; a root path for one that escapes the base path; null when it leaves the site.</summary>
    public static string? Internal(SiteUrl url, string link)
    {
        var end = link.AsSpan().IndexOfAny('#', '?');
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
    private static bool Contains(HashSet<string> files, string target)
    {
        if (files.Contains(target))
        {
            return true;
        }

        // target.TrimEnd('/') + "/index.html", looked up by span rather than made as a string for every link.
        var folder = target.AsSpan().TrimEnd('/');
        var length = folder.Length + FolderIndex.Length;
        Span<char> buffer = length <= 512 ? stackalloc char[length] : new char[length];
        folder.CopyTo(buffer);
        FolderIndex.CopyTo(buffer[folder.Length..]);
        return files.GetAlternateLookup<ReadOnlySpan<char>>().Contains(buffer)
            || ((!target.EndsWith('/') || target.EndsWith("//", StringComparison.Ordinal)) && files.Contains(target + "index.html"));
    }

    private const string FolderIndex = "/index.html";

    /// <summary>The distinct internal link targets of one page, each string shared with every other page that links there.</summary>
    private string[] TargetsOf(SiteUrl url, ReadOnlySpan<char> html)
    {
        var targets = new List<string>();
        var known = _targets.GetAlternateLookup<ReadOnlySpan<char>>();
        var prefix = url.BasePath + "/";
        foreach (var attribute in Attributes)
        {
            for (var at = html.IndexOf(attribute, StringComparison.Ordinal); at >= 0; at = NextAt(html, attribute, at))
            {
                var start = at + attribute.Length;
                var length = html[start..].IndexOf('"');
                if (length <= 0)
                {
                    continue;
                }

                var value = html.Slice(start, length);
                string? target;
                if (value.IndexOfAny('&', '%') >= 0)
                {
                    // Entities or escapes: rare, so decoded the plain way.
                    target = Internal(url, System.Net.WebUtility.HtmlDecode(value.ToString()));
                }
                else if (TryInternal(prefix, value, out var path))
                {
                    target = known.TryGetValue(path, out var seen) ? seen : _targets.GetOrAdd(path.ToString(), t => t);
                }
                else
                {
                    continue;
                }

                if (target is not null && !targets.Contains(target))
                {
                    targets.Add(target);
                }
            }
        }

        return [.. targets];
    }

    private static int NextAt(ReadOnlySpan<char> html, string attribute, int at)
    {
        var next = html[(at + 1)..].IndexOf(attribute, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary><see cref="Internal"/> for a link with no entities or escapes, as a slice of it; false when it leaves the site.</summary>
    private static bool TryInternal(string prefix, ReadOnlySpan<char> link, out ReadOnlySpan<char> target)
    {
        var end = link.IndexOfAny('#', '?');
        var path = end < 0 ? link : link[..end];
        target = path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : path;
        return !path.IsEmpty && !path.StartsWith("//") && !path.Contains(':') && (path.StartsWith(prefix, StringComparison.Ordinal) || path.StartsWith('/'));
    }

    private static readonly string[] Attributes = [" href=\"", " src=\""];
}
