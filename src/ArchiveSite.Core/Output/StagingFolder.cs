using ArchiveSite.Common;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Output;

/// <summary>Where a build writes before it succeeds; swapped into the output folder in one step at the end.</summary>
/// <remarks>
/// A failed build leaves the previous site untouched. <see cref="OutputPolicy"/> decides which output folder may be
/// replaced and which leftovers of killed builds are deleted first; <see cref="FolderSwap"/> does the swap. A file-system
/// failure (a full disk, a read-only folder) becomes one diagnostic in the bag given to <see cref="Create"/>: the first
/// failure stops all further writes and the swap, so the site is never half replaced and the log never floods.
/// </remarks>
internal sealed class StagingFolder : ISiteOutput, IDisposable
{
    /// <summary>The file that marks a folder as ArchiveSite's output; kept here for callers of the name before <see cref="OutputPolicy"/>.</summary>
    public const string MarkerFile = OutputPolicy.MarkerFile;

    private const string MarkerText = "Built by ArchiveSite; the next build replaces this folder.\n";

    private readonly string _output;
    private readonly DiagnosticBag _diagnostics;
    private readonly StagingMarker _marker;

    // Folders this build has made: a digest's folder holds four files, and asking the kernel to make it again for each
    // (mkdir answering "exists") was 3% of a build's CPU. Only this build writes into its staging folder.
    private const int StreamBuffer = 1 << 16;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private int _failed;
    private bool _committed;

    private StagingFolder(string output, string root, StagingMarker marker, DiagnosticBag diagnostics)
    {
        _output = output;
        Root = root;
        _marker = marker;
        _diagnostics = diagnostics;
    }

    public string Root { get; }

    /// <summary>True once a write failed: nothing more is written and <see cref="Commit"/> does nothing.</summary>
    public bool Failed => Volatile.Read(ref _failed) != 0;

    /// <summary>True once the staged site is in the output folder's place.</summary>
    public bool Committed => _committed;

    /// <summary>When set, <see cref="Commit"/> leaves the previous site where the swap put it (<see cref="Previous"/>)
    /// instead of deleting it: the caller takes it over (<c>build --cache</c> keeps it as the cache's next site) or deletes it.</summary>
    public bool KeepPrevious { get; set; }

    /// <summary>Where the previous site is after a <see cref="Commit"/> that kept it; null when there was none or it was deleted.</summary>
    public string? Previous { get; private set; }

    /// <summary>Checks that <paramref name="outputFolder"/> is safe to replace, removes leftovers of killed builds beside it, then creates a staging folder there.</summary>
    /// <param name="contentFolders">Input and theme: the output may not be, contain or sit inside them.</param>
    /// <param name="workspaceFolders">The working and repository folders: the output may sit inside them, but not be or contain them.</param>
    public static StagingFolder? Create(
        string outputFolder, IReadOnlyList<string> contentFolders, IReadOnlyList<string> workspaceFolders, DiagnosticBag diagnostics)
    {
        if (OutputPolicy.Check(outputFolder, contentFolders, workspaceFolders, diagnostics) is not { } output)
        {
            return null;
        }

        var root = OutputPolicy.NewStagingPath(output);
        try
        {
            RemoveLeftovers(output, diagnostics);
            Directory.CreateDirectory(root);
            return new StagingFolder(output, root, StagingMarker.Create(root, MarkerText), diagnostics);
        }
        catch (Exception e) when (OutputFailure.IsFileSystem(e))
        {
            diagnostics.Add(OutputFailure.Describe(e, output));
            TryDelete(root);
            return null;
        }
    }

    /// <summary>The full path for a site-relative file, refusing any path that would leave the folder.</summary>
    public string PathOf(string sitePath) => OutputPolicy.SitePath(Root, sitePath);

    /// <summary>Writes <paramref name="content"/> as UTF-8, through the one pooled encoding path (<see cref="SiteFolder"/>'s).</summary>
    public void Write(string sitePath, string content) => new SiteFolder.Staged(this).Write(sitePath, content);

    public void Write(string sitePath, ReadOnlySpan<byte> content)
    {
        var path = PathOf(sitePath);
        try
        {
            // A bare handle and one positioned write: no FileStream buffer, and no seek or flush on close.
            using var file = CreateFile(path);
            if (file is not null)
            {
                RandomAccess.Write(file, content, 0);
            }
        }
        catch (Exception e) when (OutputFailure.IsFileSystem(e))
        {
            Fail(OutputFailure.Describe(e, _output));
        }
    }

    /// <summary>Writes the file <paramref name="write"/> streams, through one buffer (a large export, never whole in memory).</summary>
    public void Write(string sitePath, Action<Stream> write)
    {
        var path = PathOf(sitePath);
        try
        {
            using var file = CreateFile(path);
            if (file is not null)
            {
                using var stream = new FileStream(file, FileAccess.Write, StreamBuffer);
                write(stream);
            }
        }
        catch (Exception e) when (OutputFailure.IsFileSystem(e))
        {
            Fail(OutputFailure.Describe(e, _output));
        }
    }

    /// <summary>Creates the file (and its folder, once per build), or nothing once a write has failed.</summary>
    private Microsoft.Win32.SafeHandles.SafeFileHandle? CreateFile(string path)
    {
        if (Failed)
        {
            return null;
        }

        var folder = Path.GetDirectoryName(path)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, 0);
        }

        return File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None);
    }

    /// <summary>Replaces the output folder with the staged site, unless a write failed; a failure to swap is reported, and the output folder stays as it was.</summary>
    public void Commit()
    {
        if (Failed || _committed)
        {
            return;
        }

        string? previous;
        try
        {
            // The folder may have been filled by someone else while the site was built: ask the policy again.
            if (!OutputPolicy.MayReplace(_output))
            {
                Fail(DiagnosticCodes.UnsafeOutput.At(SourceLocation.StartOf(DisplayPath.Of(_output)), DisplayPath.Of(_output),
                    $"was filled while the site was built and is no longer empty or marked with {OutputPolicy.MarkerFile}; empty it or choose another folder"));
                return;
            }

            // Released before the rename: Windows does not rename a folder with an open file in it, and the build is finished.
            _marker.Dispose();
            previous = FolderSwap.Replace(Root, _output);
            _committed = true;
        }
        catch (Exception e) when (OutputFailure.IsFileSystem(e))
        {
            Fail(OutputFailure.Describe(e, _output));
            return;
        }

        Previous = previous;
        if (!KeepPrevious)
        {
            DeletePrevious();
        }
    }

    /// <summary>Deletes the previous site that <see cref="Commit"/> left aside, if it is still there; a failure is reported.</summary>
    public void DeletePrevious()
    {
        if (Previous is not { } previous || !Directory.Exists(previous))
        {
            Previous = null;
            return;
        }

        Previous = null;
        try
        {
            FolderDeletion.Delete(previous);
        }
        catch (Exception e) when (OutputFailure.IsFileSystem(e))
        {
            _diagnostics.Add(DiagnosticCodes.PreviousSiteNotRemoved, SourceLocation.StartOf(DisplayPath.Of(_output)), DisplayPath.Of(previous), e.Message);
        }
    }

    public void Dispose()
    {
        _marker.Dispose();
        if (!_committed)
        {
            TryDelete(Root);
        }
    }

    /// <summary>Reports the first failure only: once one write fails (a full disk), the thousands after it would say the same.</summary>
    private void Fail(Diagnostic diagnostic)
    {
        if (Interlocked.Exchange(ref _failed, 1) == 0)
        {
            _diagnostics.Add(diagnostic);
        }
    }

    private static void RemoveLeftovers(string output, DiagnosticBag diagnostics)
    {
        foreach (var leftover in OutputPolicy.Leftovers(output))
        {
            try
            {
                FolderDeletion.Delete(leftover);
            }
            catch (Exception e) when (OutputFailure.IsFileSystem(e))
            {
                diagnostics.Add(DiagnosticCodes.LeftoverNotRemoved, SourceLocation.StartOf(DisplayPath.Of(output)), DisplayPath.Of(leftover), e.Message);
            }
        }
    }

    // A staging folder left behind here (the disk failed too) carries its marker, so the next build removes it.
    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                FolderDeletion.Delete(folder);
            }
        }
        catch (Exception e) when (OutputFailure.IsFileSystem(e))
        {
            // Dispose runs after the build's result is taken: nowhere to report, and the next build retries.
        }
    }
}
