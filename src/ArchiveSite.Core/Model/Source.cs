namespace ArchiveSite.Model;

/// <summary>A published report a digest is based on.</summary>
public sealed record Source(string Outlet, string Title, string? Author, DateOnly Published, Uri? Url, Uri? Archived);
