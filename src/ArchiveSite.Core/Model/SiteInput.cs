namespace ArchiveSite.Model;

/// <summary>Everything read from the input folder, checked file by file but not yet across files.</summary>
/// <param name="DigestFiles">Every digest file found (slug, display path), including those with errors.</param>
public sealed record SiteInput(
    SiteSettings Settings,
    IReadOnlyList<Tag> Tags,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Digest> Digests,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<(string Slug, string DisplayPath)> DigestFiles,
    string TagsPath);
