using ArchiveSite.Diagnostics;
using ArchiveSite.Model;

namespace ArchiveSite;

/// <summary>The outcome of <c>check</c> or <c>build</c>: every diagnostic, and what was produced.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Digests, int Pages, int Files, IReadOnlyList<(string Stage, TimeSpan Time)> Timings)
{
    /// <summary>What <c>check</c> read, including digests a cross-file error kept out of the archive; null when site.yml was unusable or for <c>build</c>.</summary>
    public SiteInput? Input { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}
