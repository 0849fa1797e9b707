using ArchiveSite.Model;

namespace ArchiveSite.Input;

/// <summary>The digest front-matter format, declared once: it drives the reader, `new` and CONTRIBUTING.md.</summary>
public static class DigestSchema
{
    public const int TitleMin = 10;
    public const int TitleMax = 200;
    public const int SummaryMax = 400;
    public const int CorrectionNoteMax = 1000;

    /// <summary>The value `new` writes where a curator still has to fill something in.</summary>
    public const string Placeholder = "TODO";

    public static readonly FieldSpec Title = new("title", true, "text", $"headline in our own words, {TitleMin}-{TitleMax} characters, plain text");
    public static readonly FieldSpec Date = new("date", true, "date", "when the event happened, YYYY-MM-DD");
    public static readonly FieldSpec Summary = new("summary", true, "text", $"plain text, at most {SummaryMax} characters: what happened and why it matters; used in listings, feeds and search");
    public static readonly FieldSpec Tags = new("tags", true, "list of theme keys", "theme keys from input/tags.yml, e.g. [artist-rights, labor]; how many: see the editorial rules");
    public static readonly FieldSpec Entities = new("entities", false, "list of names", "organisations and products involved, spelled as in input/entities.yml");
    public static readonly FieldSpec Sources = new("sources", true, "list of sources", "at least one published report this digest is based on (keys below)");
    public static readonly FieldSpec Related = new("related", false, "list of slugs", "slugs of other digests on the same story line; each must exist");
    public static readonly FieldSpec Story = new("story", false, "story key", "the story line this digest is a development of: one key from input/stories.yml");
    public static readonly FieldSpec Corrections = new("corrections", false, "list of corrections", "public corrections, each with date and note (keys below); 'updated' must be on or after the latest");
    public static readonly FieldSpec ExternalIds = new(
        "external_ids", false, "map of database IDs",
        $"the same event in other databases ({string.Join(", ", ExternalIdSchemes.All.Select(s => s.Key))}), each identifier checked against its database's format; omit rather than guess");
    public static readonly FieldSpec Language = new(
        "language", false, "language code", "the language the digest is written in, when it is not the site's, e.g. fr or pt-BR; its page then marks it with that lang");
    public static readonly FieldSpec Updated = new("updated", false, "date", "date of the last substantive revision, YYYY-MM-DD; overrides the last change git records");
    public static readonly FieldSpec Draft = new("draft", false, "true/false", "drafts are built only with --drafts");
    public static readonly FieldSpec Extra = new("extra", false, "map", "free-form data passed to templates untouched");

    public static readonly FieldSpec SourceOutlet = new("outlet", true, "text", "the publication, e.g. Reuters");
    public static readonly FieldSpec SourceTitle = new("title", true, "text", "the article's headline as published");
    public static readonly FieldSpec SourceAuthor = new("author", false, "text", "byline, when known");
    public static readonly FieldSpec SourcePublished = new("published", true, "date", "the article's publication date, YYYY-MM-DD");
    public static readonly FieldSpec SourceUrl = new("url", false, "http(s) URL", "the article's exact address; omit rather than guess");
    public static readonly FieldSpec SourceArchived = new("archived", false, "http(s) URL", "an archived copy, e.g. on web.archive.org");

    public static readonly FieldSpec CorrectionDate = new("date", true, "date", "when the correction was made, YYYY-MM-DD");
    public static readonly FieldSpec CorrectionNote = new("note", true, "text", $"plain text, at most {CorrectionNoteMax} characters: what was wrong and what the digest says now");

    /// <summary>The digest keys in the order `new` writes them.</summary>
    public static IReadOnlyList<FieldSpec> Fields { get; } =
        [Title, Date, Summary, Tags, Entities, Sources, Related, Story, Corrections, ExternalIds, Language, Updated, Draft, Extra];

    /// <summary>The keys of one entry under <c>sources</c>.</summary>
    public static IReadOnlyList<FieldSpec> SourceFields { get; } =
        [SourceOutlet, SourceTitle, SourceAuthor, SourcePublished, SourceUrl, SourceArchived];

    /// <summary>The keys of one entry under <c>corrections</c>.</summary>
    public static IReadOnlyList<FieldSpec> CorrectionFields { get; } = [CorrectionDate, CorrectionNote];
    /// <summary>The keys <c>external_ids</c> may hold: one per database of <see cref="ExternalIdSchemes"/>.</summary>
    public static IReadOnlyList<FieldSpec> ExternalIdFields { get; } =
        [.. ExternalIdSchemes.All.Select(s => new FieldSpec(s.Key, false, s.Kind, s.Doc))];

    /// <summary>The digest map, for the reader: unknown keys are pointed to <c>extra</c>.</summary>
    internal static MapSchema Map { get; } = new(Fields, Extra);

    internal static MapSchema SourceMap { get; } = new(SourceFields);

    internal static MapSchema CorrectionMap { get; } = new(CorrectionFields);
}
