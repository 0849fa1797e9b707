namespace ArchiveSite.Model;

/// <summary>Which state of the archive a reader holds: its version and the date of its latest change, as the footer,
/// the data files and the citations state them.</summary>
/// <param name="Version">site.yml's <c>version</c> or the tag being built (the build option wins); null when neither says.</param>
/// <param name="LastChanged">The newest last change of any digest in the build; never the build's own date. Null without digests.</param>
/// <remarks>Made once per archive (<see cref="Archive.Edition"/>): the footer, the data files and every citation read the same value.</remarks>
public sealed record ArchiveEdition(string? Version, DateOnly? LastChanged);
