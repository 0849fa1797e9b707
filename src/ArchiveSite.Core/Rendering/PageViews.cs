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
        var language = views.Language;
        var view = new PageView
        {
            Kind = page.Layout,
            Title = TitleOf(page, language),
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
            TagIndexPage => view with { Tags = views.TagLinks, Description = language.Text("description.tags") },
            TagPage t => view with
            {
                Tag = views.TagLinkOf(t.Tag.Key),
                Description = t.Tag.Description,
                Digests = [.. t.Pagination.Items.Select(views.CardOf)],
                Pager = Pager(t.Pagination, url),
                FeedUrl = url.Path(SitePaths.TagFeed(t.Tag.Key)),
                FeedTitle = t.Tag.Title,
                Title = t.Pagination.Number > 1 ? language.Text("title.page_number", ("title", t.Tag.Title), ("number", t.Pagination.Number)) : t.Tag.Title,
            },
            EntityIndexPage => view with
            {
                Entities = [.. views.Plan.Archive.Entities.Select(views.EntityLinkOf)],
                Description = language.Text("description.entities"),
            },
            EntityPage e => view with
            {
                Entity = views.EntityLinkOf(e.Entity),
                Description = e.Entity.Description ?? language.Text("description.entity", ("name", e.Entity.Name)),
                Digests = [.. e.Pagination.Items.Select(views.CardOf)],
                Pager = Pager(e.Pagination, url),
                FeedUrl = url.Path(SitePaths.EntityFeed(e.Entity.Slug)),
                FeedTitle = e.Entity.Name,
                Title = e.Pagination.Number > 1 ? language.Text("title.page_number", ("title", e.Entity.Name), ("number", e.Pagination.Number)) : e.Entity.Name,
            },
            ArchiveIndexPage => view with
            {
                Years = [.. views.Plan.Archive.Years.Select(views.YearOf)],
                Description = language.Text("description.archive"),
            },
            StoryIndexPage => view with
            {
                Stories = [.. views.Plan.Archive.Stories.Select(views.StoryLinkOf)],
                Description = language.Text("description.stories"),
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
                Description = language.Text("description.corrections"),
                FeedUrl = url.Path(SitePaths.CorrectionsFeed),
                FeedTitle = language.Text("title.corrections"),
            },
            YearPage y => view with { Year = views.YearOf(y.Year), Description = language.Text("description.year", ("year", y.Year.Year)) },
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

    /// <summary>The title of a page the build names itself (the indexes, search, 404) in the site's language; other pages
    /// are titled by what they show (a digest, a theme, a year).</summary>
    private static string TitleOf(SitePage page, ThemeLanguage language) => page switch
    {
        TagIndexPage => language.Text("title.tags"),
        EntityIndexPage => language.Text("title.entities"),
        ArchiveIndexPage => language.Text("title.archive"),
        StoryIndexPage => language.Text("title.stories"),
        CorrectionsPage => language.Text("title.corrections"),
        SearchPage => language.Text("title.search"),
        NotFoundPage => language.Text("title.not_found"),
        _ => page.Title,
    };

    private static PagerView Pager(Pagination pagination, SiteUrl url) => new(
        pagination.Number, pagination.Count,
        pagination.Previous is null ? null : url.Path(pagination.Previous),
        pagination.Next is null ? null : url.Path(pagination.Next));
}
