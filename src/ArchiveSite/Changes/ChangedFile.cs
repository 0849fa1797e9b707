namespace ArchiveSite.Cli.Changes;

/// <summary>One file a change touches, by full path, and how.</summary>
public sealed record ChangedFile(string FullPath, ChangeKind Kind);

/// <summary>How a file differs from the base of the change.</summary>
public enum ChangeKind
{
    Added,
    Modified,
    Renamed,
    Deleted,
}
