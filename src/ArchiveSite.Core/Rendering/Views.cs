using ArchiveSite.Rendering.Charts;

namespace ArchiveSite.Rendering;

// The shapes templates see. Liquid names are snake_case: DateDisplay → {{ d.date_display }}.
// Every URL here already carries the base path; absolute URLs are named so.

/// <summary>Site-wide values, the same on every page: <c>{{ site.title }}</c>.</summary>
internal sealed record SiteView(
    string Title, string Description, string Url, string BasePath, string Language, string FeedUrl,
    bool Search, string? Repository, IReadOnlyList<TagName> Tags, IReadOnlyList<PageLink> Pages, string Generator)
{
    /// <summary>The open data's licence (site.yml's <c>data_license:</c>) for the footer, or null.</summary>
    public LicenseLink? DataLicense { get; init; }
    /// <summary>The archive's version (site.yml or the tag being built), or null: then the theme claims none.</summary>
    public string? Version { get; init; }

    /// <summary>The newest last change of any digest (ISO date, and as shown), or null without digests.</summary>
    public string? LastChanged { get; init; }

    public string? LastChangedDisplay { get; init; }

    /// <summary>How to cite the whole archive, with its BibTeX, RIS and CSL-JSON files; the about page shows it.</summary>
    public CitationView? Citation { get; init; }
}

/// <summary>A plain page as the navigation links to it.</summary>
internal sealed record PageLink(string Title, string Url);

/// <summary>A theme as listings and digests link to it.</summary>
internal sealed record TagLink(string Key, string Title, string Description, string Url, string FeedUrl, int Count);

/// <summary>A theme as a digest card or the site names it: no count, which moves whenever any digest of the theme comes
/// or goes and would make every card (and so nearly every page's fingerprint) change with it.</summary>
internal sealed record TagName(string Key, string Title, string Description, string Url, string FeedUrl);

/// <summary>An organisation as listings and digests link to it.</summary>
internal sealed record EntityLink(string Name, string Slug, string? Description, string? Website, string Url, int Count);

/// <summary>A cited report.</summary>
internal sealed record SourceView(string Outlet, string Title, string? Author, string Published, string PublishedDisplay, string? Url, string? Archived);

/// <summary>A digest as a listing shows it.</summary>
internal sealed record DigestCard(
    string Slug, string Title, string Url, string Date, string DateDisplay, int Year, string Month, string Summary, IReadOnlyList<TagName> Tags)
{
    /// <summary>The digest's own language (its <c>language:</c>) when it is not the site's, else null: its title and summary carry it as <c>lang</c>.</summary>
    public string? Language { get; init; }
}

/// <summary>A digest in full, for its own page.</summary>
internal sealed partial record DigestView(
    DigestCard Card,
    IReadOnlyList<EntityLink> Entities,
    IReadOnlyList<SourceView> Sources,
    IReadOnlyList<DigestCard> Related,
    Model.Utf8Html Body,
    string? Updated,
    string? UpdatedDisplay,
    string? EditUrl,
    string? SourceFileUrl,
    string Citation,
    IReadOnlyDictionary<string, object?> Extra)
{
    /// <summary>Where the digest sits on its story line's timeline, or null when it is on none.</summary>
    public StoryPart? Story { get; init; }

    /// <summary>Its public corrections, oldest first.</summary>
    public IReadOnlyList<CorrectionView> Corrections { get; init; } = [];

    /// <summary>The same event in other databases: "Also recorded in …".</summary>
    public IReadOnlyList<ExternalIdView> ExternalIds { get; init; } = [];

    /// <summary>Its citation files (BibTeX, RIS, CSL-JSON); <see cref="Citation"/> is the same citation as text.</summary>
    public IReadOnlyList<CitationFileLink> CitationFiles { get; init; } = [];
}

/// <summary>A story line as listings and digests link to it.</summary>
internal sealed record StoryLink(
    string Key, string Title, string Description, string Url, string FeedUrl, int Count,
    string FirstDate, string FirstDateDisplay, string LastDate, string LastDateDisplay, DigestCard Latest);

/// <summary>A digest's place on its story line: "development 2 of 5", with its neighbours on the timeline.</summary>
internal sealed record StoryPart(StoryLink Story, int Number, int Count, DigestCard? Previous, DigestCard? Next);

/// <summary>One development on a story's timeline.</summary>
internal sealed record DevelopmentView(int Number, DigestCard Card);

/// <summary>A year of a story's timeline, oldest development first.</summary>
internal sealed record TimelineYearView(int Year, IReadOnlyList<DevelopmentView> Developments);

/// <summary>A public correction as a digest shows it; <c>Anchor</c> is its id on the digest's page.</summary>
internal sealed record CorrectionView(string Date, string DateDisplay, string Note, string Anchor);

/// <summary>A correction as the corrections page lists it, with the digest it corrects.</summary>
internal sealed record CorrectionEntry(CorrectionView Correction, DigestCard Digest, string Url);

/// <summary>Links between pages of a paginated listing.</summary>
internal sealed record PagerView(int Number, int Count, string? PreviousUrl, string? NextUrl)
{
    public const string NewestFirst = "newest";
    public const string OldestFirst = "oldest";
    public const string Alphabetical = "alphabetical";

    /// <summary>How the listing is ordered (<c>newest</c>, <c>oldest</c>, <c>alphabetical</c>): it names the links "Newer"/"Older", "Earlier"/"Later" or "Previous"/"Next".</summary>
    public string Order { get; init; } = NewestFirst;
}

/// <summary>A month of a year page: its digests on this page of the year.</summary>
internal sealed record MonthView(string Name, IReadOnlyList<DigestCard> Digests)
{
    /// <summary>The id of its heading ("month-03"), which the year's month index links to.</summary>
    public string Anchor { get; init; } = "";

    /// <summary>True when the month began on the year's previous page.</summary>
    public bool Continued { get; init; }
}

/// <summary>A month in a year's index: how many digests it has and the page (and heading) where it begins.</summary>
internal sealed record MonthLink(string Name, int Count, string Url);

/// <summary>A year as the archive lists it, with its months.</summary>
internal sealed record YearView(int Year, string Url, int Count, IReadOnlyList<MonthView> Months)
{
    /// <summary>On a year's pages: every month of the year with its count, linked to where it begins.</summary>
    public IReadOnlyList<MonthLink> MonthIndex { get; init; } = [];

    /// <summary>On a year's pages: the year's digests as open data (data/{year}/digests.json).</summary>
    public string? DataUrl { get; init; }
}

/// <summary>The page being rendered: <c>{{ page.title }}</c>. Only the members its kind uses are set.</summary>
internal sealed record PageView
{
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Url { get; init; }
    public required string CanonicalUrl { get; init; }
    public string OgType { get; init; } = "website";
    public bool NoIndex { get; init; }
    public string? FeedUrl { get; init; }

    /// <summary>What the feed is of ("Labour", "OpenAI"): one feed serves every page of a listing, so not the page's title.</summary>
    public string? FeedTitle { get; init; }
    public string? JsonLd { get; init; }
    public DigestView? Digest { get; init; }
    public IReadOnlyList<DigestCard> Digests { get; init; } = [];
    public TagLink? Tag { get; init; }
    public EntityLink? Entity { get; init; }
    public PagerView? Pager { get; init; }
    public YearView? Year { get; init; }
    public IReadOnlyList<YearView> Years { get; init; } = [];
    public IReadOnlyList<TagLink> Tags { get; init; } = [];
    public IReadOnlyList<EntityLink> Entities { get; init; } = [];
    public string? Body { get; init; }
    public int Total { get; init; }
    public StoryLink? Story { get; init; }
    public IReadOnlyList<StoryLink> Stories { get; init; } = [];
    public IReadOnlyList<TimelineYearView> Timeline { get; init; } = [];
    public IReadOnlyList<CorrectionEntry> Corrections { get; init; } = [];

    /// <summary>Its chart of digests per year (theme/partials/chart.liquid), or null when its kind has none.</summary>
    public ChartView? Chart { get; init; }

    /// <summary>True on the page that shows how to cite the whole archive (the plain page with slug <c>about</c>).</summary>
    public bool CitesArchive { get; init; }
}
