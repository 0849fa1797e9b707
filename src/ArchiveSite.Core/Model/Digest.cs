namespace ArchiveSite.Model;

/// <summary>One curated story: its front matter, its rendered body and where it came from.</summary>
/// <param name="SourcePath">Path relative to the input folder, with '/' separators (for edit links).</param>
/// <param name="BodyHtml">The Markdown body rendered by the shared pipeline; already safe.</param>
public sealed partial record Digest(
    string Slug,
    string Title,
    DateOnly Date,
    string Summary,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Entities,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<string> Related,
    DateOnly? Updated,
    bool Draft,
    IReadOnlyDictionary<string, object?> Extra,
    Utf8Html BodyHtml,
    string SourcePath,
    FieldLocations Locations)
{
    /// <summary>Words in the Markdown body, as the editorial rules count them (whitespace-separated, with a letter or digit).</summary>
    public int BodyWords { get; init; }

    /// <summary>The same event in other databases (<c>external_ids</c>), in the order of <see cref="ExternalIdSchemes.All"/>.</summary>
    public IReadOnlyList<ExternalId> ExternalIds { get; init; } = [];

    /// <summary>A hash of the file's bytes, set by the reader: the same hash at the same path is the same digest.</summary>
    public string ContentHash { get; init; } = "";

    /// <summary>The key of the story line this digest is a development of (stories.yml), or null.</summary>
    public string? Story { get; init; }

    /// <summary>The language the digest is written in when it is not the site's (<c>language:</c>, a normalised BCP 47 tag), or null.</summary>
    public string? Language { get; init; }

    /// <summary>Public corrections, oldest first.</summary>
    public IReadOnlyList<Correction> Corrections { get; init; } = [];

    /// <summary>The last change for feeds and the sitemap, which need a date: <see cref="Changed"/> when known, else the event date.</summary>
    public DateOnly LastModified => Changed ?? Date;
}
