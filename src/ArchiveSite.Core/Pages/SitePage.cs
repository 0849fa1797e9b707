using ArchiveSite.Model;

namespace ArchiveSite.Pages;

/// <summary>A page of the site: where it lives, which layout renders it and what it shows.</summary>
/// <param name="Path">Site-relative path, e.g. "digests/sora-leak/".</param>
/// <param name="Layout">The theme layout (theme/layouts/{Layout}.liquid) that renders it.</param>
public abstract record SitePage(string Path, string Layout, string Title)
{
    public string OutputFile => SiteUrl.OutputFile(Path);
}

public sealed record HomePage(string Title) : SitePage(SitePaths.Home, "home", Title);

public sealed record DigestPage(Digest Digest) : SitePage(SitePaths.Digest(Digest.Slug), "digest", Digest.Title);

public sealed record TagIndexPage() : SitePage(SitePaths.TagIndex, "tags", "Themes");

public sealed record TagPage(string PagePath, Tag Tag, Pagination Pagination) : SitePage(PagePath, "tag", Tag.Title);

public sealed record EntityIndexPage() : SitePage(SitePaths.EntityIndex, "entities", "Organisations");

public sealed record EntityPage(string PagePath, Entity Entity, Pagination Pagination) : SitePage(PagePath, "entity", Entity.Name);

public sealed record ArchiveIndexPage() : SitePage(SitePaths.ArchiveIndex, "archive", "Archive by year");

public sealed record YearPage(ArchiveYear Year) : SitePage(SitePaths.Year(Year.Year), "year", $"{Year.Year}");

public sealed record PlainPage(Page Page) : SitePage(SitePaths.Page(Page.Slug), "page", Page.Title);

public sealed record SearchPage() : SitePage(SitePaths.Search, "search", "Search");

public sealed record NotFoundPage() : SitePage(SitePaths.NotFound, "404", "Page not found");
