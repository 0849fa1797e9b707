namespace ArchiveSite.Model;

/// <summary>A public correction of a digest: when it was made and what was wrong (plain text, shown as written).</summary>
public sealed record Correction(DateOnly Date, string Note);
