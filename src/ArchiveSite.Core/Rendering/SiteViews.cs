using ArchiveSite.Model;
using ArchiveSite.Pages;

namespace ArchiveSite.Rendering;

/// <summary>Builds the views templates see; each digest's card and links are made once and shared by every listing.</summary>
internal sealed class SiteViews
{
    private readonly PagePlan _plan;
    private readonly ThemeLanguage _language;
    private readonly ArchiveEdition _edition;
    private readonly Dictionary<string, TagLink> _tags;
    private readonly Dictionary<string, int> _positions; // Slug → the digest's place in the archive, and its card's here.
    private readonly DigestCard?[] _cards; // One per digest of this archive, made when first needed.

    public SiteViews(PagePlan plan, bool search, ThemeLanguage language)
    {
        _plan = plan;
        _language = language;
        var archive = plan.Archive;
        _edition = archive.Edition;
        var url = plan.Url;
        _positions = new Dictionary<string, int>(archive.Digests.Count, StringComparer.Ordinal);
        foreach (var (i, digest) in archive.Digests.Index())
        {
            _positions[digest.Slug] = i;
        }

        _cards = new DigestCard?[archive.Digests.Count];
        _tags = archive.Tags.ToDictionary(
            t => t.Key,
            t => new TagLink(t.Key, t.Title, t.Description, url.Path(SitePaths.Tag(t.Key)), url.Path(SitePaths.TagFeed(t.Key)), archive.WithTag(t.Key).Count),
            StringComparer.Ordinal);
        Site = new SiteView(
            archive.Settings.Title, archive.Settings.Description, url.Absolute(SitePaths.Home), url.BasePath,
            archive.Settings.Language, url.Path(SitePaths.Feed), search, archive.Settings.Repository?.AbsoluteUri.TrimEnd('/'),
            [.. archive.Tags.Select(t => NameOf(_tags[t.Key]))],
            [.. archive.Pages.OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => new PageLink(p.Title, url.Path(SitePaths.Page(p.Slug))))],
            "ArchiveSite")
        {
            DataLicense = archive.Settings.DataLicense is { } license ? new LicenseLink(license.Name, license.Title, license.Url.AbsoluteUri) : null,
            Version = _edition.Version,
            LastChanged = _edition.LastChanged is { } changed ? Iso(changed) : null,
            LastChangedDisplay = _edition.LastChanged is { } shown ? LongDate(shown) : null,
            Citation = CitationViews.OfArchive(archive.Settings, url, _edition, language),
        };
    }

    public SiteView Site { get; }

    public SiteUrl Url => _plan.Url;

    public PagePlan Plan => _plan;

    /// <summary>The theme's words in the site's language: page titles, descriptions and dates are written in it.</summary>
    public ThemeLanguage Language => _language;

    // Made when first needed: a preview that renders a handful of pages should not build ten thousand cards.
    // A slot per digest rather than a concurrent map: two render threads adding cards at once contended for its locks.
    public DigestCard CardOf(Digest digest)
    {
        if (!_positions.TryGetValue(digest.Slug, out var i))
        {
            return Card(digest); // Not one of the archive's digests (none is shown today): made each time, kept nowhere.
        }

        return Volatile.Read(ref _cards[i]) ?? Interlocked.CompareExchange(ref _cards[i], Card(digest), null) ?? _cards[i]!;
    }

    public TagLink TagLinkOf(string key) => _tags[key];

    /// <summary>Every theme in site order, with its count, for the pages that list the themes.</summary>
    public IReadOnlyList<TagLink> TagLinks => [.. _plan.Archive.Tags.Select(t => _tags[t.Key])];

    private static TagName NameOf(TagLink tag) => new(tag.Key, tag.Title, tag.Description, tag.Url, tag.FeedUrl);

    public EntityLink EntityLinkOf(Entity entity) => new(
        entity.Name, entity.Slug, entity.Description, entity.Url?.AbsoluteUri,
        Url.Path(SitePaths.Entity(entity.Slug)), _plan.Archive.WithEntity(entity.Slug).Count);

    public DigestView DigestOf(Digest digest)
    {
        var settings = _plan.Archive.Settings;
        var card = CardOf(digest);
        var repository = settings.Repository?.AbsoluteUri.TrimEnd('/');
        var citation = CitationViews.OfDigest(settings, Url, _edition, digest, _language);
        return new DigestView(
            card,
            [.. digest.Entities.Select(_plan.Archive.EntityNamed).DistinctBy(e => e.Slug).Select(EntityLinkOf)],
            [.. digest.Sources.Select(s => new SourceView(
                s.Outlet, s.Title, s.Author, Iso(s.Published), LongDate(s.Published), s.Url?.AbsoluteUri, s.Archived?.AbsoluteUri))],
            [.. _plan.Archive.RelatedTo(digest).Select(CardOf)],
            digest.BodyHtml,
            digest.Updated is { } updated ? Iso(updated) : null,
            digest.Updated is { } u ? LongDate(u) : null,
            repository is null ? null : $"{repository}/edit/{settings.Branch}/input/{digest.SourcePath}",
            repository is null ? null : $"{repository}/blob/{settings.Branch}/input/{digest.SourcePath}",
            citation.Text,
            digest.Extra)
        {
            CitationFiles = citation.Files,
            Story = StoryPartOf(digest),
            Corrections = [.. digest.Corrections.Select((c, i) => CorrectionOf(c, i + 1))],
            ExternalIds = ExternalIdViews.Of(digest),
            Provenance = ProvenanceView.Of(digest, _language),
        };
    }

    public StoryLink StoryLinkOf(StoryLine line)
    {
        var (first, last) = (line.Developments[0], line.Developments[^1]);
        return new StoryLink(
            line.Story.Key, line.Story.Title, line.Story.Description, Url.Path(SitePaths.Story(line.Story.Key)), Url.Path(SitePaths.StoryFeed(line.Story.Key)),
            line.Developments.Count, Iso(first.Date), LongDate(first.Date), Iso(last.Date), LongDate(last.Date), CardOf(last));
    }

    /// <summary>The <paramref name="developments"/> of a story (one page of its timeline) by year, oldest first, each numbered
    /// as the digests' "development n of m" count them.</summary>
    public IReadOnlyList<TimelineYearView> TimelineOf(StoryLine line, IReadOnlyList<Digest> developments) =>
        [.. developments
            .Select(d => new DevelopmentView(line.NumberOf(d), CardOf(d)))
            .GroupBy(d => d.Card.Year)
            .Select(g => new TimelineYearView(g.Key, [.. g]))];

    public CorrectionEntry CorrectionEntryOf(PublishedCorrection published)
    {
        var view = CorrectionOf(published.Correction, published.Number);
        var card = CardOf(published.Digest);
        return new CorrectionEntry(view, card, $"{card.Url}#{view.Anchor}");
    }

    private StoryPart? StoryPartOf(Digest digest)
    {
        if (_plan.Archive.StoryOf(digest) is not { } line || line.NumberOf(digest) is not (> 0 and var number))
        {
            return null;
        }

        return new StoryPart(
            StoryLinkOf(line), number, line.Developments.Count,
            number > 1 ? CardOf(line.Developments[number - 2]) : null,
            number < line.Developments.Count ? CardOf(line.Developments[number]) : null);
    }

    private CorrectionView CorrectionOf(Correction correction, int number) =>
        new(Iso(correction.Date), LongDate(correction.Date), correction.Note, $"correction-{number}");

    public YearView YearOf(ArchiveYear year) => new(
        year.Year, Url.Path(SitePaths.Year(year.Year)), year.Digests.Count,
        [.. year.Digests.GroupBy(d => d.Date.Month).Select(g => new MonthView(
            _language.MonthHeading(g.Key), [.. g.Select(CardOf)]))]);

    /// <summary>One page of a year: its digests by month, and the index of every month of the year.</summary>
    public YearView YearPageOf(ArchiveYear year, Pagination pagination)
    {
        var size = ListingSizes.Compact(_plan.Archive.Settings);
        var first = (pagination.Number - 1) * size;
        var starts = new Dictionary<int, int>(); // Month → the position of its first (newest) digest in the year.
        for (var i = 0; i < year.Digests.Count; i++)
        {
            starts.TryAdd(year.Digests[i].Date.Month, i);
        }

        var listing = SitePaths.Year(year.Year);
        var index = starts.Select(s => new MonthLink(
            _language.MonthHeading(s.Key), year.Digests.Count(d => d.Date.Month == s.Key),
            $"{Url.Path(SitePaths.Paged(listing, (s.Value / size) + 1))}#{MonthAnchor(s.Key)}"));
        var months = pagination.Items.GroupBy(d => d.Date.Month).Select(g => new MonthView(_language.MonthHeading(g.Key), [.. g.Select(CardOf)])
        {
            Anchor = MonthAnchor(g.Key),
            Continued = starts[g.Key] < first,
        });
        return new YearView(year.Year, Url.Path(listing), year.Digests.Count, [.. months]) { MonthIndex = [.. index], DataUrl = Url.Path(SitePaths.YearDataJson(year.Year)) };
    }

    private static string MonthAnchor(int month) => $"month-{month:00}";

    /// <summary>The day as ISO 8601 writes it (<c>yyyy-MM-dd</c>), a view's most common string.</summary>
    public static string Iso(DateOnly date) => Common.IsoDate.Of(date);

    /// <summary>A day as the site's language writes it ("26 November 2024", "1er décembre 2024").</summary>
    public string LongDate(DateOnly date) => _language.LongDate(date);

    /// <summary>The language a digest is written in when it is not the site's (its <c>language:</c>), else null: what its
    /// title, summary and article carry as their <c>lang</c>.</summary>
    public string? LanguageOf(Digest digest) =>
        digest.Language is { } own && !string.Equals(own, _plan.Archive.Settings.Language, StringComparison.OrdinalIgnoreCase) ? own : null;

    private DigestCard Card(Digest digest) => new(
        digest.Slug, digest.Title, Url.Path(SitePaths.Digest(digest.Slug)), Iso(digest.Date), LongDate(digest.Date),
        digest.Date.Year, _language.MonthName(digest.Date.Month), digest.Summary,
        [.. digest.Tags.Where(_tags.ContainsKey).Select(t => NameOf(_tags[t]))])
    {
        Language = LanguageOf(digest),
    };
}
