namespace ArchiveSite.Model;

/// <summary>A plain page from input/pages (about, contributing), published at /{slug}/.</summary>
public sealed record Page(string Slug, string Title, string? Description, string BodyHtml, string SourcePath);
