namespace ArchiveSite.Model;

/// <summary>An organisation or product that digests name; described in entities.yml or known only by name.</summary>
public sealed record Entity(string Name, string Slug, string? Description, IReadOnlyList<string> Aliases, Uri? Url);
