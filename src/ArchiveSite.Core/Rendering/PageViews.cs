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
                // Compact entries (title and date): the home page stays small however many digests the archive holds.
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
            EntityIndexPage e => view with
            {
                Entities = [.. e.Listing.Items.Select(views.EntityLinkOf)],
                Total = views.Plan.Archive.Entities.Count,
                Pager = Pager(e.Listing, url, PagerView.Alphabetical),
                Title = Numbered(language, view.Title, e.Listing.Number),
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
            StoryIndexPage s => view with
            {
                Stories = [.. s.Listing.Items.Select(views.StoryLinkOf)],
                Total = views.Plan.Archive.Stories.Count,
                Pager = Pager(s.Listing, url, PagerView.NewestFirst), // By latest development.
                Title = Numbered(language, view.Title, s.Listing.Number),
                Description = language.Text("description.stories"),
            },
            StoryPage s => view with
            {
                Story = views.StoryLinkOf(s.Line),
                Timeline = views.TimelineOf(s.Line, s.Pagination.Items),
                Pager = Pager(s.Pagination, url) with { Order = PagerView.OldestFirst },
                Title = Numbered(language, s.Line.Story.Title, s.Pagination.Number),
                Description = s.Line.Story.Description,
                FeedUrl = url.Path(SitePaths.StoryFeed(s.Line.Story.Key)),
                FeedTitle = s.Line.Story.Title,
            },
            CorrectionsPage c => view with
            {
                Corrections = [.. c.Listing.Items.Select(views.CorrectionEntryOf)],
                Total = views.Plan.Archive.Corrections.Count,
                Pager = Pager(c.Listing, url, PagerView.NewestFirst),
                Title = Numbered(language, view.Title, c.Listing.Number),
                Description = language.Text("description.corrections"),
                FeedUrl = url.Path(SitePaths.CorrectionsFeed),
                FeedTitle = language.Text("title.corrections"),
            },
            YearPage y => view with
            {
                Year = views.YearPageOf(y.Year, y.Pagination),
                Pager = Pager(y.Pagination, url),
                Title = Numbered(language, view.Title, y.Pagination.Number),
                Description = language.Text("description.year", ("year", y.Year.Year)),
            },
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

    private static PagerView Pager<T>(ListingPage<T> listing, SiteUrl url, string order) => new(
        listing.Number, listing.Count,
        listing.Previous is null ? null : url.Path(listing.Previous),
        listing.Next is null ? null : url.Path(listing.Next))
    {
        Order = order,
    };

    private static string Numbered(ThemeLanguage language, string title, int number) =>
        number > 1 ? language.Text("title.page_number", ("title", title), ("number", number)) : title;
}
