using System.Text;
using ArchiveSite.Model;
using ArchiveSite.Output.Citations;
using ArchiveSite.Pages;

namespace ArchiveSite.Output;

/// <summary>The files written beside the pages: Atom feeds, the sitemap, robots.txt, the open-data exports and the citations.</summary>
internal static class SiteFiles
{
    /// <summary>Every such file of the planned site, by site path.</summary>
    public static List<(string Path, byte[] Content)> Create(PagePlan plan)
    {
        var archive = plan.Archive;
        var settings = archive.Settings;
        var files = new List<(string Path, byte[] Content)>
        {
            (SitePaths.Feed, AtomFeed.Write(settings, plan.Url, settings.Title, SitePaths.Feed, SitePaths.Home, archive.Digests)),
            (SitePaths.DataJson, DataExport.Json(archive, plan.Url)),
        };
        files.AddRange(archive.Years.Select(y => (SitePaths.YearDataJson(y.Year), DataExport.Json(archive, plan.Url, y))));
        files.AddRange(OpenData.Files(archive, plan.Url)); // data/digests.csv and the other tables, datapackage.json, lookup.json
        files.AddRange(archive.Tags.Select(t => (SitePaths.TagFeed(t.Key),
            AtomFeed.Write(settings, plan.Url, $"{settings.Title}: {t.Title}", SitePaths.TagFeed(t.Key), SitePaths.Tag(t.Key), archive.WithTag(t.Key)))));
        files.AddRange(archive.Stories.Select(s => (SitePaths.StoryFeed(s.Story.Key),
            AtomFeed.Write(settings, plan.Url, $"{settings.Title}: {s.Story.Title}", SitePaths.StoryFeed(s.Story.Key), SitePaths.Story(s.Story.Key), [.. s.Developments.Reverse()]))));
        files.Add((SitePaths.CorrectionsFeed, AtomFeed.WriteCorrections(settings, plan.Url, archive.Corrections)));
        files.AddRange(archive.Entities.Select(e => (SitePaths.EntityFeed(e.Slug),
            AtomFeed.Write(settings, plan.Url, $"{settings.Title}: {e.Name}", SitePaths.EntityFeed(e.Slug), SitePaths.Entity(e.Slug), archive.WithEntity(e.Slug)))));
        files.AddRange(Sitemap.Write(plan.Url, SitemapEntries(plan)));
        files.AddRange(CitationFiles.Create(plan));

        // robots.txt only takes effect at a domain root; under /repo/ it would be ignored, so it is not written there.
        if (plan.Url.BasePath.Length == 0)
        {
            files.Add((SitePaths.Robots, Encoding.UTF8.GetBytes(
                $"User-agent: *\nAllow: /\n\nSitemap: {plan.Url.Absolute(SitePaths.Sitemap)}\n")));
        }

        return files;
    }

    private static List<Sitemap.Entry> SitemapEntries(PagePlan plan)
    {
        DateOnly? Latest(IReadOnlyList<Digest> digests) => digests.Count == 0 ? null : digests.Max(d => d.LastModified);
        return [.. plan.Pages
            .Where(p => p is not (NotFoundPage or SearchPage))
            .Select(p => new Sitemap.Entry(plan.Url.Absolute(p.Path), p switch
            {
                DigestPage d => d.Digest.LastModified,
                TagPage t => Latest(t.Pagination.Items),
                EntityPage e => Latest(e.Pagination.Items),
                YearPage y => Latest(y.Year.Digests),
                StoryPage s => Latest(s.Line.Developments),
                CorrectionsPage => plan.Archive.Corrections.Count == 0 ? null : plan.Archive.Corrections[0].Correction.Date,
                PlainPage => null,
                _ => Latest(plan.Archive.Digests),
            }))];
    }
}
