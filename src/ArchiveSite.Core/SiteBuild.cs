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

        // Search is fed from memory while pages are rendered (Pagefind's service); the index is written before the swap.
        using var search = options.Search ? new SearchFeed() : null;

        // The staging folder reports write and swap failures here, also after the session's run has ended.
        var output = new DiagnosticBag();
        try
        {
            var session = new SiteSession(options, null, _ => Prepare(output, search, out staging), keepsState: false, progress) { SearchFeed = search };
            var result = session.Update();
            var timings = new StageTimings();
            if (result.Succeeded && !output.HasErrors && search is not null && staging is not null)
            {
                Log("Indexing for search");
                timings.Time("index search", () => search.Write(staging.Root, output));
            }

            if (result.Succeeded && !output.HasErrors && staging is not null)
            {
                timings.Time("swap into output", staging.Commit);
            }

            var all = new DiagnosticBag();
            foreach (var diagnostic in result.Diagnostics)
            {
                all.Add(diagnostic);
            }

            all.AddRange(output);
            return result with { Diagnostics = all.ToSortedList(), Timings = [.. result.Timings, .. timings.All] };
        }
        finally
        {
            staging?.Dispose();
        }
    }

    /// <summary>Once the archive is known to be good: finds the search tools (so a missing tool fails before rendering) and
    /// starts Pagefind's service, then creates the staging folder.</summary>
    private SiteFolder.Staged? Prepare(DiagnosticBag diagnostics, SearchFeed? search, out StagingFolder? staging)
    {
        staging = null;
        var pagefind = search is null ? null : SearchIndex.Locate(diagnostics, Log);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        if (pagefind is not null)
        {
            search!.Start(pagefind);
        }

        staging = StagingFolder.Create(options.OutputFolder, [options.InputFolder, options.ThemeFolder], SiteSession.WorkspaceFolders(options.InputFolder), diagnostics);
        return staging is null ? null : new SiteFolder.Staged(staging);
    }

    private void Log(string message) => progress?.Report(new BuildProgress(message, 0, 1));
}
