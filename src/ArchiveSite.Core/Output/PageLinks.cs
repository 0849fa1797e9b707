using ArchiveSite.Diagnostics;
using ArchiveSite.Pages;

namespace ArchiveSite.Output;

/// <summary>A session's link check: each page's internal links as last rendered, checked again only when they could have broken.</summary>
/// <remarks>
/// A page's links can break only when the page is rendered again or when files come or go; so a session checks the
/// pages it just rendered and those that were broken before, and every page only when the set of files changed.
/// </remarks>
public sealed class PageLinks
{
    private readonly Dictionary<string, List<string>> _links = new(StringComparer.Ordinal);
    private HashSet<string> _files = new(StringComparer.Ordinal);
    private HashSet<string> _broken = new(StringComparer.Ordinal);

    /// <summary>Records a page's links from its latest render (thread-safe only before <see cref="Check"/> runs: the session sets them after rendering).</summary>
    public void Set(string pagePath, List<string> links) => _links[pagePath] = links;

    /// <summary>Reports each broken link of the pages that may have changed, as <see cref="LinkCheck"/> reports them in a build.</summary>
    /// <param name="files">Every file of the site, by site path.</param>
    /// <param name="rendered">Paths of the pages rendered since the last check.</param>
    public void Check(PagePlan plan, HashSet<string> files, IEnumerable<string> rendered, DiagnosticBag diagnostics, string outputDisplayPath)
    {
        var check = new LinkCheck(plan.Url);
        foreach (var file in files)
        {
            check.AddFile(file);
        }

        var pages = plan.Pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _links.Keys.Where(p => !pages.Contains(p)).ToList())
        {
            _links.Remove(gone);
        }

        var candidates = files.SetEquals(_files) ? rendered.Concat(_broken) : pages;
        var broken = candidates
            .Where(p => _links.TryGetValue(p, out var links) && links.Any(l => !check.Contains(l)))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var page in broken)
        {
            check.AddLinks(page, _links[page]);
        }

        check.Report(diagnostics, outputDisplayPath);
        (_files, _broken) = (files, broken);
    }
}
