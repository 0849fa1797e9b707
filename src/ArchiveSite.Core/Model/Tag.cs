namespace ArchiveSite.Model;

/// <summary>A theme of the archive (from tags.yml); its key appears in digests and in its URL.</summary>
public sealed record Tag(string Key, string Title, string Description, IReadOnlyList<string> Aliases);
