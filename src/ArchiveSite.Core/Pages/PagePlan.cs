using ArchiveSite.Model;

namespace ArchiveSite.Pages;

/// <summary>Stage 3, plan pages: every page of the site and its URL, decided once (pagination included).</summary>
internal sealed class PagePlan
{
    private PagePlan(Archive archive, SiteUrl url, IReadOnlyList<SitePage> pages)
    {
        Archive = archive;
        Url = url;
        Pages = pages;
    }

    public Archive Archive { get; }

    public SiteUrl Url { get; }

    /// <summary>Every HTML page, in a stable order.</summary>
    public IReadOnlyList<SitePage> Pages { get; }

    /// <summary>Plans every page. Nothing can fail here: stage 2 has already refused plain pages that would take a generator's URL.</summary>
    public static PagePlan Create(Archive archive, bool withSearch)
    {
        var size = archive.Settings.PageSize;
        var pages = new List<SitePage> { new HomePage(archive.Settings.Title) };
        pages.AddRange(archive.Digests.Select(d => new DigestPage(d)));
        pages.Add(new TagIndexPage());
        foreach (var tag in archive.Tags)
        {
            pages.AddRange(Pagination.Split(SitePaths.Tag(tag.Key), archive.WithTag(tag.Key), size)
                .Select(p => new TagPage(p.Path, tag, p.Pagination)));
        }

        pages.AddRange(ListingPage<Entity>.Split(SitePaths.EntityIndex, archive.Entities, ListingSizes.Compact(archive.Settings))
            .Select(p => new EntityIndexPage(p)));
        foreach (var entity in archive.Entities)
        {
            pages.AddRange(Pagination.Split(SitePaths.Entity(entity.Slug), archive.WithEntity(entity.Slug), size)
                .Select(p => new EntityPage(p.Path, entity, p.Pagination)));
        }

        pages.AddRange(ListingPage<StoryLine>.Split(SitePaths.StoryIndex, archive.Stories, size).Select(p => new StoryIndexPage(p)));
        foreach (var line in archive.Stories)
        {
            pages.AddRange(Pagination.Split(SitePaths.Story(line.Story.Key), line.Developments, size)
                .Select(p => new StoryPage(p.Path, line, p.Pagination)));
        }

        pages.AddRange(ListingPage<PublishedCorrection>.Split(SitePaths.Corrections, archive.Corrections, size)
            .Select(p => new CorrectionsPage(p)));
        pages.Add(new ArchiveIndexPage());
        foreach (var year in archive.Years)
        {
            pages.AddRange(Pagination.Split(SitePaths.Year(year.Year), year.Digests, ListingSizes.Compact(archive.Settings))
                .Select(p => new YearPage(p.Path, year, p.Pagination)));
        }

        pages.AddRange(archive.Pages.Select(p => new PlainPage(p)));
        if (withSearch)
        {
            pages.Add(new SearchPage());
        }

        pages.Add(new NotFoundPage());
        return new PagePlan(archive, new SiteUrl(archive.Settings.BaseUrl), pages);
    }
}
