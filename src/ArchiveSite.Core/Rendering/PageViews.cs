using ArchiveSite.Pages;
using ArchiveSite.Rendering.Charts;

namespace ArchiveSite.Rendering;

/// <summary>The <c>page</c> object of each page kind: title, canonical URL, description and what it lists.</summary>
internal static class PageViews
{
    public static PageView For(SitePage page, SiteViews views)
    {
        var archive = views.Site;
        var url = views.Url;
        var view = new PageView
        {
            Kind = page.Layout,
            Title = page.Title,
            Description = archive.Description,
            Url = url.Path(page.Path),
            CanonicalUrl = url.Absolute(page.Path),
            Chart = PageCharts.For(page, views.Plan.Archive),
        };

        return page switch
        {
            HomePage => view with
            {
                Digests = [.. views.Plan.Archive.Digests.Take(views.Plan.Archive.Settings.PageSize).Select(views.CardOf)],
                Tags = views.TagLinks,
                Total = views.Plan.Archive.Digests.Count,
                JsonLd = StructuredData.WebSite(views),
            },
            DigestPage d => DigestPageView(view, d, views),
            TagIndexPage => view with { Tags = views.TagLinks, Description = "Every theme of the archive, with its digests." },
            TagPage t => view with
            {
                Tag = views.TagLinkOf(t.Tag.Key),
                Description = t.Tag.Description,
                Digests = [.. t.Pagination.Items.Select(views.CardOf)],
                Pager = Pager(t.Pagination, url),
                FeedUrl = url.Path(SitePaths.TagFeed(t.Tag.Key)),
                FeedTitle = t.Tag.Title,
                Title = t.Pagination.Number > 1 ? $"{t.Tag.Title} (page {t.Pagination.Number})" : t.Tag.Title,
            },
            EntityIndexPage => view with
            {
                Entities = [.. views.Plan.Archive.Entities.Select(views.EntityLinkOf)],
                Description = "Every organisation named in the archive, with its digests.",
            },
            EntityPage e => view with
            {
                Entity = views.EntityLinkOf(e.Entity),
                Description = e.Entity.Description ?? $"Digests that involve {e.Entity.Name}.",
                Digests = [.. e.Pagination.Items.Select(views.CardOf)],
                Pager = Pager(e.Pagination, url),
                FeedUrl = url.Path(SitePaths.EntityFeed(e.Entity.Slug)),
                FeedTitle = e.Entity.Name,
                Title = e.Pagination.Number > 1 ? $"{e.Entity.Name} (page {e.Pagination.Number})" : e.Entity.Name,
            },
            ArchiveIndexPage => view with
            {
                Years = [.. views.Plan.Archive.Years.Select(views.YearOf)],
                Description = "The archive by year.",
            },
            StoryIndexPage => view with
            {
                Stories = [.. views.Plan.Archive.Stories.Select(views.StoryLinkOf)],
                Description = "Every story line of the archive: one event followed over time, development by development.",
            },
            StoryPage s => view with
            {
                Story = views.StoryLinkOf(s.Line),
                Timeline = views.TimelineOf(s.Line),
                Description = s.Line.Story.Description,
                FeedUrl = url.Path(SitePaths.StoryFeed(s.Line.Story.Key)),
                FeedTitle = s.Line.Story.Title,
            },
            CorrectionsPage => view with
            {
                Corrections = [.. views.Plan.Archive.Corrections.Select(views.CorrectionEntryOf)],
                Description = "Every public correction of a digest, newest first.",
                FeedUrl = url.Path(SitePaths.CorrectionsFeed),
                FeedTitle = "Corrections",
            },
            YearPage y => view with { Year = views.YearOf(y.Year), Description = $"Digests of events in {y.Year.Year}." },
            PlainPage p => view with { Body = p.Page.BodyHtml, Description = p.Page.Description ?? archive.Description, CitesArchive = p.Page.Slug == "about" },
            SearchPage => view with { Tags = views.TagLinks, Years = [.. views.Plan.Archive.Years.Select(views.YearOf)], NoIndex = true },
            NotFoundPage => view with { NoIndex = true, Tags = views.TagLinks },
            _ => view,
        };
    }

    private static PageView DigestPageView(PageView view, DigestPage page, SiteViews views)
    {
        var digest = views.DigestOf(page.Digest);
        return view with
        {
            Digest = digest,
            Description = page.Digest.Summary,
            OgType = "article",
            JsonLd = StructuredData.NewsArticle(page.Digest, digest, views),
        };
    }

    private static PagerView Pager(Pagination pagination, SiteUrl url) => new(
        pagination.Number, pagination.Count,
        pagination.Previous is null ? null : url.Path(pagination.Previous),
        pagination.Next is null ? null : url.Path(pagination.Next));
}
