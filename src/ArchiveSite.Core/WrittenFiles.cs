using ArchiveSite.Pages;

namespace ArchiveSite;

/// <summary>Files an update has just written or removed, reported as soon as they are on disk, before the update ends.</summary>
/// <param name="Written">Site paths written, e.g. "digests/x/index.html".</param>
/// <param name="Removed">Site paths of files the site no longer has, now deleted.</param>
/// <param name="StylesheetsOnly">Only theme stylesheets changed since the last render, so pages differ from before in their stylesheet links alone.</param>
public sealed record WrittenFiles(SiteUrl Url, IReadOnlyList<string> Written, IReadOnlyList<string> Removed, bool StylesheetsOnly);
