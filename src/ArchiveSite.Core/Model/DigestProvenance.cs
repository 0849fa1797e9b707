namespace ArchiveSite.Model;

/// <summary>A digest's provenance: when it was added to the archive and when it last changed, as git and the front matter say.</summary>
/// <remarks>
/// Three dates per digest: <see cref="Digest.Date"/> is the event; these two come from the input folder's git history
/// (<c>Input/GitHistory</c>), set after the file is read, so a commit can change them without changing the file's bytes.
/// Without history (no repository, no git, a shallow clone) they stay null and the site says nothing about them.
/// </remarks>
public sealed partial record Digest
{
    /// <summary>The day (UTC) of the first commit that added the file, following renames; null without git history.</summary>
    public DateOnly? Added { get; init; }

    /// <summary>The day (UTC) of the last commit that changed the file's content (a rename alone is not a change); null without git history.</summary>
    /// <remarks>Uncommitted edits do not count: the last change is the last commit, never "now", so two builds of one commit agree.</remarks>
    public DateOnly? LastCommit { get; init; }

    /// <summary>The last change as readers are told it: <c>updated:</c> when given (it overrides git), else the last commit; null when neither is known.</summary>
    public DateOnly? Changed => Updated ?? LastCommit;
}
