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
    string TagsPath)
{
    /// <summary>The story lines of stories.yml (optional), in the file's order.</summary>
    public IReadOnlyList<Story> Stories { get; init; } = [];

    /// <summary>Where stories.yml is (or would be), for diagnostics that point to it.</summary>
    public string StoriesPath { get; init; } = "stories.yml";
}
