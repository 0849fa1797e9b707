using ArchiveSite.Diagnostics;
using ArchiveSite.Output;
using ArchiveSite.Search;

namespace ArchiveSite;

/// <summary>A one-shot build: the <see cref="SiteSession"/> run once with every file new, into a staging folder that is
/// indexed for search and then swapped into the output folder; or <c>check</c>, the same session's stages 1–2.</summary>
/// <remarks>A run with errors never reaches the swap: the output folder keeps the last good site.</remarks>
public sealed class SiteBuild(BuildOptions options, IProgress<BuildProgress>? progress = null)
{
    /// <summary>Stages 1–2: reads and checks everything, writes nothing.</summary>
    public BuildResult Check() => new SiteSession(options, null, _ => null, keepsState: false, progress).Check();

    /// <summary>All stages: builds the site into a staging folder and swaps it into the output folder only if nothing failed.</summary>
    public BuildResult Build()
    {
        StagingFolder? staging = null;
        string? pagefind = null;
        try
        {
            var session = new SiteSession(options, null, diagnostics => Prepare(diagnostics, out staging, out pagefind), keepsState: false, progress);
            var result = session.Update();
            var timings = new StageTimings();
            var diagnostics = new DiagnosticBag();
            if (result.Succeeded && pagefind is not null && session.Plan is { } plan)
            {
                Log("Indexing for search");
                timings.Time("index search", () => SearchIndex.Build(pagefind, staging!.Root, plan, diagnostics));
            }

            if (result.Succeeded && !diagnostics.HasErrors && staging is not null)
            {
                timings.Time("swap into output", staging.Commit);
            }

            return diagnostics.Count == 0 && timings.All.Count == 0
                ? result
                : result with { Diagnostics = [.. result.Diagnostics.Concat(diagnostics.ToSortedList())], Timings = [.. result.Timings, .. timings.All] };
        }
        finally
        {
            staging?.Dispose();
        }
    }

    /// <summary>Once the archive is known to be good: finds the search tools (so a missing tool fails before rendering), then creates the staging folder.</summary>
    private SiteFolder.Staged? Prepare(DiagnosticBag diagnostics, out StagingFolder? staging, out string? pagefind)
    {
        staging = null;
        pagefind = options.Search ? SearchIndex.Locate(diagnostics, Log) : null;
        if (diagnostics.HasErrors)
        {
            return null;
        }

        staging = StagingFolder.Create(options.OutputFolder, [options.InputFolder, options.ThemeFolder], SiteSession.WorkspaceFolders(options.InputFolder), diagnostics);
        return staging is null ? null : new SiteFolder.Staged(staging);
    }

    private void Log(string message) => progress?.Report(new BuildProgress(message, 0, 1));
}
