using ArchiveSite.Diagnostics;
using ArchiveSite.Pages;

namespace ArchiveSite;

/// <summary>The outcome of one <see cref="SiteSession.Update"/>: every diagnostic, what changed and what was written.</summary>
/// <param name="Changed">Input and theme files added, changed or removed since the last update (display paths).</param>
/// <param name="Written">Site paths written or removed, e.g. "digests/x/index.html".</param>
/// <param name="Rendered">Pages rendered, whether or not their bytes changed.</param>
public sealed record SessionUpdate(
    IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Changed, IReadOnlyList<string> Written, int Rendered,
    IReadOnlyList<(string Stage, TimeSpan Time)> Timings)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public TimeSpan Time => Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Time);
}

/// <summary>Files an update has just written or removed, reported as soon as they are on disk, before the update ends.</summary>
/// <param name="Written">Site paths written, e.g. "digests/x/index.html".</param>
/// <param name="Removed">Site paths of files the site no longer has, now deleted.</param>
/// <param name="StylesheetsOnly">Only theme stylesheets changed since the last render, so pages differ from before in their stylesheet links alone.</param>
public sealed record WrittenFiles(SiteUrl Url, IReadOnlyList<string> Written, IReadOnlyList<string> Removed, bool StylesheetsOnly);
