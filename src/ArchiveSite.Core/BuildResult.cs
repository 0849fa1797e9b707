using ArchiveSite.Diagnostics;
using ArchiveSite.Model;

namespace ArchiveSite;

/// <summary>The outcome of <c>check</c>, a build, or one update of a preview: every diagnostic, and what was produced.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<(string Stage, TimeSpan Time)> Timings)
{
    /// <summary>Bytes allocated by each stage, in the order of <see cref="Timings"/> (for `build --timings`).</summary>
    public IReadOnlyList<(string Stage, long Bytes)> Allocated { get; init; } = [];

    /// <summary>Parts of stages, timed inside them ("stage: part"), for <c>--timings</c>; not part of the stages' total.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time)> Parts { get; init; } = [];

    /// <summary>Digests in the archive (0 when stage 2 did not get that far).</summary>
    public int Digests { get; init; }

    /// <summary>HTML pages planned.</summary>
    public int Pages { get; init; }

    /// <summary>Pages rendered by this run, whether or not their bytes changed (a build renders them all).</summary>
    public int Rendered { get; init; }

    /// <summary>Files written into the output folder.</summary>
    public int Files { get; init; }

    /// <summary>Input and theme files added, changed or removed since the last run (display paths); every file for a first run.</summary>
    public IReadOnlyList<string> Changed { get; init; } = [];

    /// <summary>Site paths written or removed by a preview update, e.g. "digests/x/index.html" (a build does not list them).</summary>
    public IReadOnlyList<string> Written { get; init; } = [];

    /// <summary>What <c>check</c> read, including digests a cross-file error kept out of the archive; null when site.yml was unusable or for a build.</summary>
    public SiteInput? Input { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);

    /// <summary>The whole run's time, stage by stage summed.</summary>
    public TimeSpan Time => Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Time);
}
