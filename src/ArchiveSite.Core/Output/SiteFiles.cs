using System.Text;
using ArchiveSite.Model;
using ArchiveSite.Output.Citations;
using ArchiveSite.Pages;
using ArchiveSite.Rendering;

namespace ArchiveSite.Output;

/// <summary>The files written beside the pages: Atom feeds, the sitemap, robots.txt, the open-data exports and the citations.</summary>
internal static class SiteFiles
{
    /// <summary>Makes every such file of the planned site on every core (feeds, tables and citations are independent of
    /// each other) and hands each to <paramref name="write"/> as soon as it is made, so the files are never all in memory
    /// at once (at 100,000 digests they are 300,000 citations and 35,000 feeds).</summary>
    /// <param name="language">The theme's words in the site's language, for the feeds' titles.</param>
    /// <param name="write">Called from several threads at once, with each file.</param>
    /// <returns>The site paths written, in a fixed order.</returns>
    public static List<string> Write(PagePlan plan, ThemeLanguage language, Action<SiteFile> write) =>
        [.. Run(Makers(plan, language), _ => null, write).SelectMany(p => p)];

    /// <summary>Runs <paramref name="makers"/> on every core, handing each file to <paramref name="write"/> as it is made;
    /// a maker for which <paramref name="kept"/> (called on the same cores, with the maker's index) gives paths is not run.</summary>
    /// <returns>Each maker's site paths, in the makers' order.</returns>
    public static string[][] Run(IReadOnlyList<SiteFileMaker> makers, Func<int, string[]?> kept, Action<SiteFile> write)
    {
        var paths = new string[makers.Count][];
        Parallel.For(0, makers.Count, i =>
        {
            if (kept(i) is { } keptPaths)
            {
                paths[i] = keptPaths;
                return;
            }

            var made = new List<string>(3);
            makers[i].Write(file =>
            {
                made.Add(file.Path);
                write(file);
            });

            paths[i] = [.. made];
        });
        return paths;
    }

    /// <summary>The makers of those files, in that order, each with the key of what it makes them from where that is less
    /// than the whole archive (<see cref="SiteFileKey"/>): a session that kept a maker's key runs it again only when it moved.</summary>
    public static List<SiteFileMaker> Makers(PagePlan plan, ThemeLanguage language)
    {
        var archive = plan.Archive;
        var settings = archive.Settings;
        var url = plan.Url;
        var home = url.Absolute(SitePaths.Home);
        string Listing(string name) => language.Text("feed.listing", ("site", settings.Title), ("name", name));
        SiteFileMaker Feed(string title, string feedPath, string pagePath, IReadOnlyList<Digest> digests)
        {
            // Keyed by the entries it shows, not the whole list: the home feed no longer walks 10,000 digests for its key.
            var entries = AtomFeed.Entries(digests);
            return new(
                () => SiteFileKey.Of("feed", settings, home, title, feedPath, pagePath, entries),
                () => [(feedPath, AtomFeed.Write(settings, url, title, feedPath, pagePath, entries))]);
        }

        var makers = new List<SiteFileMaker>
        {
            Feed(settings.Title, SitePaths.Feed, SitePaths.Home, archive.Digests),
            new(null, write => DataExport.Write(archive, url, write)), // digests.json and each year's
        };

        // data/digests.csv and the other tables, datapackage.json, lookup.json: each its own maker, so they run side by side.
        makers.AddRange(OpenData.Makers(archive, url).Select(Whole));
        makers.Add(Whole(() => [(SitePaths.CorrectionsFeed, AtomFeed.WriteCorrections(
            settings, url, archive.Corrections, language.Text("feed.corrections", ("site", settings.Title)), title => language.Text("feed.correction_entry", ("title", title))))]));
        var sitemap = SitemapEntries(plan);
        makers.Add(new(() => SiteFileKey.Of("sitemap", home, sitemap), () => Sitemap.Write(url, sitemap).Select(f => (SiteFile)f)));
        makers.AddRange(archive.Tags.Select(t => Feed(Listing(t.Title), SitePaths.TagFeed(t.Key), SitePaths.Tag(t.Key), archive.WithTag(t.Key))));
        makers.AddRange(archive.Stories.Select(s => Feed(Listing(s.Story.Title), SitePaths.StoryFeed(s.Story.Key), SitePaths.Story(s.Story.Key), [.. s.Developments.Reverse()])));
        makers.AddRange(archive.Entities.Select(e => Feed(Listing(e.Name), SitePaths.EntityFeed(e.Slug), SitePaths.Entity(e.Slug), archive.WithEntity(e.Slug))));
        makers.AddRange(CitationFiles.Makers(plan));

        // robots.txt only takes effect at a domain root; under /repo/ it would be ignored, so it is not written there.
        if (url.BasePath.Length == 0)
        {
            makers.Add(Whole(() => [(SitePaths.Robots, Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {url.Absolute(SitePaths.Sitemap)}\n"))]));
        }

        return makers;
    }

    private static SiteFileMaker Whole(Func<IEnumerable<SiteFile>> make) => new(null, make);

    // A plain loop into a list of the right size: LINQ's ToList of a struct grows through ArrayPool<Sitemap.Entry>.Shared,
    // a pool of its own that every later full collection then trims (0.4 s of thread time in a cached rebuild).
    private static List<Sitemap.Entry> SitemapEntries(PagePlan plan)
    {
        DateOnly? Latest(IReadOnlyList<Digest> digests) => digests.Count == 0 ? null : digests.Max(d => d.LastModified);
        var entries = new List<Sitemap.Entry>(plan.Pages.Count);
        foreach (var page in plan.Pages)
        {
            if (page is NotFoundPage or SearchPage)
            {
                continue;
            }

            entries.Add(new Sitemap.Entry(plan.Url.Absolute(page.Path), page switch
            {
                DigestPage d => d.Digest.LastModified,
                TagPage t => Latest(t.Pagination.Items),
                EntityPage e => Latest(e.Pagination.Items),
                YearPage y => Latest(y.Year.Digests),
                StoryPage s => Latest(s.Line.Developments),
                CorrectionsPage => plan.Archive.Corrections.Count == 0 ? null : plan.Archive.Corrections[0].Correction.Date,
                PlainPage => null,
                _ => Latest(plan.Archive.Digests),
            }));
        }

        return entries;
    }
}
