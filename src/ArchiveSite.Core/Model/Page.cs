namespace ArchiveSite.Model;

/// <summary>A plain page from input/pages (about, contributing), published at /{slug}/.</summary>
/// <param name="SourcePath">Path relative to the input folder, with '/' separators.</param>
public sealed record Page(string Slug, string Title, string? Description, string BodyHtml, string SourcePath, FieldLocations Locations);
