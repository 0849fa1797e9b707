using ArchiveSite.Cache;
using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using ArchiveSite.Output;
using ArchiveSite.Search;

namespace ArchiveSite;

/// <summary>A one-shot build: the <see cref="SiteSession"/> run once with every file new, into a staging folder that is
/// indexed for search and then swapped into the output folder; or <c>check</c>, the same session's stages 1–2.</summary>
/// <remarks>A run with errors never reaches the swap: the output folder keeps the last good site. With a cache folder
/// (<see cref="BuildOptions.CacheFolder"/>, <see cref="BuildCache"/>) the session resumes from the previous build: the
/// input files' parsed values are reused by content hash, and the staging folder starts as the previous site, linked
/// in from the cache, so only the pages whose view fingerprint moved are rendered and written. The cache is saved
/// after the swap, and only then.</remarks>
public sealed class SiteBuild(BuildOptions options, IProgress<BuildProgress>? progress = null)
{
    /// <summary>Stages 1–2: reads and checks everything, writes nothing.</summary>
    public BuildResult Check() => new SiteSession(options, null, _ => null, keepsState: false, progress).Check();

    /// <summary>All stages: builds the site into a staging folder and swaps it into the output folder only if nothing failed.</summary>
    public BuildResult Build()
    {
        StagingFolder? staging = null;
        CachedFolder? cached = null;
        var resumed = false;
        string? pagefind = null;

        // The staging folder reports write and swap failures here, also after the session's run has ended.
        var output = new DiagnosticBag();
        var timings = new StageTimings();
        var detail = new StageTimings(); // Parts of "prepare output" when resuming from the cache.
        var cache = options.CacheFolder is { } folder
            ? timings.Time("read cache", () => BuildCache.Open(folder, options.InputFolder, [options.OutputFolder, options.InputFolder, options.ThemeFolder], output))
            : null;
        // Whether the output is still the cached site's twin: file-system calls only, asked while the input is read.
        var twins = cache?.SiteFiles is { } files
            ? Task.Run(() => SiteTwins.Are(options.OutputFolder, cache.SitePath, files))
            : Task.FromResult(false);
        try
        {
            // Search is fed from memory while pages are rendered (Pagefind's service) and written before the swap. A build
            // resumed from a cache renders only what changed, so it indexes the finished staging folder instead.
            using var search = options.Search && cache is null ? new SearchFeed() : null;
            SiteSession? session = null;
            SiteFolder? Open(DiagnosticBag diagnostics)
            {
                // The staging folder keeps the bag it is given for the swap, after the session's run has ended: the build's own.
                var opened = Prepare(output, search, out staging, out pagefind);
                if (opened is null || cache is null)
                {
                    return opened;
                }

                (cached, resumed) = ResumeFrom(cache, session!, staging!, diagnostics, detail, twins);
                return cached;
            }

            session = new SiteSession(options, null, Open, keepsState: cache is not null, progress) { SearchFeed = search };
            if (cache is not null)
            {
                session.ReuseParsed(cache.Known);
                session.KeptRelated = cache.Related;
            }

            var result = session.Update();
            var after = new StageTimings();
            if (result.Succeeded && !output.HasErrors && staging is not null && search is not null)
            {
                Log("Indexing for search");
                after.Time("index search", () => search.Write(staging.Root, output, after.Part));
            }
            else if (result.Succeeded && !output.HasErrors && staging is not null && pagefind is not null && session.Plan is { } plan)
            {
                Log("Indexing for search");
                after.Time("index search", () => SearchIndex.Build(pagefind, staging.Root, plan, output));
            }

            if (result.Succeeded && !output.HasErrors && staging is not null)
            {
                after.Time("swap into output", staging.Commit);
                if (cache is not null && cached is not null && !output.HasErrors)
                {
                    Log("Saving the cache");
                    after.Time("save cache", () => cache.Save(session.Snapshot(), cached, options.OutputFolder, KeyOf(session), resumed, session.Parsed(), session.Related(), output, staging.Previous));
                }

                staging.DeletePrevious(); // Unless the cache took it over.
            }

            var all = new DiagnosticBag();
            foreach (var diagnostic in result.Diagnostics)
            {
                all.Add(diagnostic);
            }

            all.AddRange(output);
            return result with
            {
                Diagnostics = all.ToSortedList(),
                Timings = [.. timings.All, .. result.Timings, .. after.All],
                Allocated = [.. timings.Allocated, .. result.Allocated, .. after.Allocated],
                Parts = [.. detail.Parts, .. result.Parts, .. after.Parts],
            };
        }
        finally
        {
            twins.Wait(); // A build stopped early (input errors) leaves no comparison running behind it.
            if (staging is { Committed: false } && cached is not null)
            {
                cache?.Restore(cached, options.OutputFolder); // Only when it gave its site to this build.
            }

            staging?.Dispose();
        }
    }

    /// <summary>Once the archive is known to be good: finds the search tools (so a missing tool fails before rendering) and
    /// starts Pagefind's service when search is fed from memory, then creates the staging folder.</summary>
    private SiteFolder.Staged? Prepare(DiagnosticBag diagnostics, SearchFeed? search, out StagingFolder? staging, out string? pagefind)
    {
        staging = null;
        pagefind = options.Search ? SearchIndex.Locate(diagnostics, Log) : null;
        if (diagnostics.HasErrors)
        {
            return null;
        }

        if (pagefind is not null)
        {
            search?.Start(pagefind);
        }

        staging = StagingFolder.Create(options.OutputFolder, [options.InputFolder, options.ThemeFolder], SiteSession.WorkspaceFolders(options.InputFolder), diagnostics);
        return staging is null ? null : new SiteFolder.Staged(staging);
    }

    /// <summary>Fills the new staging folder with the cached site and resumes the session from the cached state, when
    /// the cache was made with this theme and these options; otherwise the folder stays empty and every page is rendered.</summary>
    private (CachedFolder Folder, bool Resumed) ResumeFrom(
        BuildCache cache, SiteSession session, StagingFolder staging, DiagnosticBag diagnostics, StageTimings detail, Task<bool> twins)
    {
        if (cache.Resume(KeyOf(session), diagnostics) is not { } state)
        {
            return (new CachedFolder(staging, null), false);
        }

        try
        {
            // The output still the cached site's twin: the cached site becomes the staging folder and the output, once
            // swapped out, the next cached site (two folder moves). Otherwise each file is linked in.
            if (detail.Part("prepare output: wait for the output's comparison with the cache", () => twins.GetAwaiter().GetResult())
                && detail.Part("prepare output: take cached site", () => cache.Take(staging.Root)))
            {
                staging.KeepPrevious = true;
            }
            else
            {
                Log("Linking the cached site");
                detail.Part("prepare output: link cached site", () => SiteLinks.Link(cache.SitePath, staging.Root, state.Session.Files));
            }
        }
        catch (Exception e) when (OutputFailure.IsFileSystem(e))
        {
            // A file missing from the cached site: start this folder over, empty, and build in full.
            diagnostics.Add(DiagnosticCodes.CacheUnreadable, SourceLocation.StartOf(DisplayPath.Of(Path.GetFullPath(options.CacheFolder!))), DisplayPath.Of(Path.GetFullPath(options.CacheFolder!)), e.Message);
            foreach (var entry in Directory.EnumerateFileSystemEntries(staging.Root).Where(e => Path.GetFileName(e) != OutputPolicy.MarkerFile))
            {
                if (Directory.Exists(entry))
                {
                    FolderDeletion.Delete(entry);
                }
                else
                {
                    File.Delete(entry);
                }
            }

            return (new CachedFolder(staging, null), false);
        }

        session.Resume(state.Session);
        return (new CachedFolder(staging, state.Hashes), true);
    }

    private SiteKey KeyOf(SiteSession session) =>
        new(session.ThemeFingerprint, options.BaseUrl?.AbsoluteUri, options.Drafts, options.Version, options.Search);

    private void Log(string message) => progress?.Report(new BuildProgress(message, 0, 1));
}
