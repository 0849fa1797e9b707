using ArchiveSite.Model;

namespace ArchiveSite.Pages;

/// <summary>A page of the site: where it lives, which layout renders it and what it shows.</summary>
/// <param name="Path">Site-relative path, e.g. "digests/sora-leak/".</param>
/// <param name="Layout">The theme layout (theme/layouts/{Layout}.liquid) that renders it.</param>
internal abstract record SitePage(string Path, string Layout, string Title)
{
    public string OutputFile => SiteUrl.OutputFile(Path);
}

internal sealed record HomePage(string Title) : SitePage(SitePaths.Home, "home", Title);

internal sealed record DigestPage(Digest Digest) : SitePage(SitePaths.Digest(Digest.Slug), "digest", Digest.Title);

internal sealed record TagIndexPage() : SitePage(SitePaths.TagIndex, "tags", "Themes");

internal sealed record TagPage(string PagePath, Tag Tag, Pagination Pagination) : SitePage(PagePath, "tag", Tag.Title);

internal sealed record EntityIndexPage(ListingPage<Entity> Listing) : SitePage(Listing.Path, "entities", "Organisations");

internal sealed record EntityPage(string PagePath, Entity Entity, Pagination Pagination) : SitePage(PagePath, "entity", Entity.Name);

internal sealed record ArchiveIndexPage() : SitePage(SitePaths.ArchiveIndex, "archive", "Archive by year");

/// <summary>One page of a year's archive: its digests as compact entries, grouped by month.</summary>
internal sealed record YearPage(string PagePath, ArchiveYear Year, Pagination Pagination) : SitePage(PagePath, "year", $"{Year.Year}");

internal sealed record StoryIndexPage(ListingPage<StoryLine> Listing) : SitePage(Listing.Path, "stories", "Story lines");

/// <summary>One page of a story line's timeline, oldest first.</summary>
internal sealed record StoryPage(string PagePath, StoryLine Line, Pagination Pagination) : SitePage(PagePath, "story", Line.Story.Title);

internal sealed record CorrectionsPage(ListingPage<PublishedCorrection> Listing) : SitePage(Listing.Path, "corrections", "Corrections");

internal sealed record PlainPage(Page Page) : SitePage(SitePaths.Page(Page.Slug), "page", Page.Title);

internal sealed record SearchPage() : SitePage(SitePaths.Search, "search", "Search");

internal sealed record NotFoundPage() : SitePage(SitePaths.NotFound, "404", "Page not found");
