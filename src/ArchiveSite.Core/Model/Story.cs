using ArchiveSite.Diagnostics;

namespace ArchiveSite.Model;

/// <summary>A story line (from stories.yml): one event followed over time, its developments the digests that name its key.</summary>
public sealed record Story(string Key, string Title, string Description, IReadOnlyList<string> Aliases)
{
    /// <summary>Where stories.yml defines it, for diagnostics about the story line itself.</summary>
    public SourceLocation? Location { get; init; }
}
