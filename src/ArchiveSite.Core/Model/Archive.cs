using ArchiveSite.Common;

namespace ArchiveSite.Model;

/// <summary>The immutable archive: digests newest first, grouped by theme, organisation and year, with related digests.</summary>
/// <remarks>Built once by stage 2 (ArchiveBuilder); shared across rendering threads without locks.</remarks>
public sealed class Archive
{
    private readonly IReadOnlyDictionary<string, Digest> _bySlug;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Digest>> _byTag;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Digest>> _byEntity;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Digest>> _related;

    internal Archive(
        SiteSettings settings,
        IReadOnlyList<Digest> digests,
        IReadOnlyList<Tag> tags,
        IReadOnlyList<Entity> entities,
        IReadOnlyList<Page> pages,
        IReadOnlyDictionary<string, IReadOnlyList<Digest>> byTag,
        IReadOnlyDictionary<string, IReadOnlyList<Digest>> byEntity,
        IReadOnlyDictionary<string, IReadOnlyList<Digest>> related)
    {
        Settings = settings;
        Digests = digests;
        Tags = tags;
        Entities = entities;
        Pages = pages;
        _bySlug = digests.ToDictionary(d => d.Slug, StringComparer.Ordinal);
        _byTag = byTag;
        _byEntity = byEntity;
        _related = related;
        Edition = new ArchiveEdition(settings.Version, digests.Count == 0 ? null : digests.Max(d => d.LastModified));
        Years = [.. digests
            .GroupBy(d => d.Date.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new ArchiveYear(g.Key, [.. g]))];
    }

    public SiteSettings Settings { get; }

    /// <summary>The archive's version and the date of its latest change.</summary>
    public ArchiveEdition Edition { get; }

    /// <summary>Published digests, newest first (by date, then slug, so the order is stable).</summary>
    public IReadOnlyList<Digest> Digests { get; }

    /// <summary>Themes in the order tags.yml lists them.</summary>
    public IReadOnlyList<Tag> Tags { get; }

    /// <summary>Organisations named by at least one published digest, by name.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    public IReadOnlyList<Page> Pages { get; }

    /// <summary>Years with digests, newest first.</summary>
    public IReadOnlyList<ArchiveYear> Years { get; }

    public Digest? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    public IReadOnlyList<Digest> WithTag(string key) => _byTag.GetValueOrDefault(key) ?? [];

    public IReadOnlyList<Digest> WithEntity(string slug) => _byEntity.GetValueOrDefault(slug) ?? [];

    /// <summary>The digest's explicit related digests first, then the closest by shared organisations, themes and sources.</summary>
    public IReadOnlyList<Digest> RelatedTo(Digest digest) => _related.GetValueOrDefault(digest.Slug) ?? [];

    public Tag? FindTag(string key) => Tags.FirstOrDefault(t => t.Key == key);

    /// <summary>The entity a digest's entity name refers to (aliases resolved).</summary>
    public Entity EntityNamed(string name) => EntityLookup.GetValueOrDefault(name) ?? new Entity(name, Slugs.From(name), null, [], null);

    internal IReadOnlyDictionary<string, Entity> EntityLookup { get; init; } = new Dictionary<string, Entity>();

    /// <summary>Story lines with at least one published development, the most recently developed first.</summary>
    public IReadOnlyList<StoryLine> Stories { get; init; } = [];

    /// <summary>Every public correction of a published digest, newest first.</summary>
    public IReadOnlyList<PublishedCorrection> Corrections { get; init; } = [];

    /// <summary>The story line a digest is a development of, or null.</summary>
    public StoryLine? StoryOf(Digest digest) =>
        digest.Story is { } key ? StoryLookup.GetValueOrDefault(key) : null;

    internal IReadOnlyDictionary<string, StoryLine> StoryLookup { get; init; } = new Dictionary<string, StoryLine>();
}

/// <summary>A story line and its developments, oldest first (by date, then slug).</summary>
public sealed record StoryLine(Story Story, IReadOnlyList<Digest> Developments)
{
    // By slug, made once: every development's page and export row asks for its number.
    private readonly Dictionary<string, int> _numbers = Developments.Select((d, i) => (d.Slug, i + 1)).ToDictionary(x => x.Slug, x => x.Item2, StringComparer.Ordinal);

    /// <summary>The 1-based position of a development on the timeline, or 0 when it is not one.</summary>
    public int NumberOf(Digest digest) => _numbers.GetValueOrDefault(digest.Slug);
}

/// <summary>One correction as the corrections page lists it: the digest it corrects, and its place among that digest's corrections.</summary>
/// <param name="Number">1-based, oldest first, among the digest's own corrections: the anchor of the correction on the digest's page.</param>
public sealed record PublishedCorrection(Digest Digest, Correction Correction, int Number);

/// <summary>One year of the archive and its digests, newest first.</summary>
public sealed record ArchiveYear(int Year, IReadOnlyList<Digest> Digests);
