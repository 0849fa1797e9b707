using System.Collections.Concurrent;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Output;

/// <summary>A site folder updated in place, as a preview needs it: only files whose bytes changed are written, each in one step.</summary>
/// <remarks>
/// Unlike <see cref="StagingFolder"/> there is no swap: a server reads the folder while it changes, so each file is
/// written beside its target and renamed over it, and a reader sees the old bytes or the new, never half a page.
/// The same safety checks apply: the folder must be empty or marked as ArchiveSite's, and nothing outside it is touched.
/// </remarks>
internal sealed class InPlaceFolder : ISiteOutput
{
    private readonly ConcurrentQueue<string> _written = new();

    private InPlaceFolder(string root) => Root = root;

    public string Root { get; }

    /// <summary>Checks that <paramref name="folder"/> may be written (by the rules <see cref="StagingFolder.Create"/> follows, <see cref="OutputPolicy"/>), then creates and marks it.</summary>
    public static InPlaceFolder? Open(string folder, IReadOnlyList<string> contentFolders, IReadOnlyList<string> workspaceFolders, DiagnosticBag diagnostics)
    {
        if (OutputPolicy.Check(folder, contentFolders, workspaceFolders, diagnostics, inPlace: true) is not { } root)
        {
            return null;
        }

        try
        {
            Directory.CreateDirectory(root);
            File.WriteAllText(Path.Combine(root, OutputPolicy.MarkerFile), "Written by ArchiveSite's preview; the next build or preview replaces this folder.\n");
        }
        catch (Exception e) when (OutputFailure.IsFileSystem(e))
        {
            diagnostics.Add(OutputFailure.Describe(e, root));
            return null;
        }

        return new InPlaceFolder(root);
    }

    /// <summary>The full path for a site-relative file, refusing any path that would leave the folder.</summary>
    public string PathOf(string sitePath) => OutputPolicy.SitePath(Root, sitePath);

    public void Write(string sitePath, string content) => Write(sitePath, System.Text.Encoding.UTF8.GetBytes(content));

    /// <summary>Writes the file unless it already holds exactly these bytes.</summary>
    public void Write(string sitePath, ReadOnlySpan<byte> content)
    {
        var path = PathOf(sitePath);
        if (Holds(path, content))
        {
            return;
        }

        var temporary = Beside(path);
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
        {
            stream.Write(content);
        }

        Replace(sitePath, path, temporary);
    }

    /// <summary>Writes the file <paramref name="write"/> streams beside its target, and puts it in place unless the target
    /// already held exactly these bytes (compared a buffer at a time: a large export is never whole in memory).</summary>
    public void Write(string sitePath, Action<Stream> write)
    {
        var path = PathOf(sitePath);
        var temporary = Beside(path);
        try
        {
            using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.None);
            write(stream);
        }
        catch
        {
            File.Delete(temporary); // A half-written file is never left beside the page a reader sees.
            throw;
        }

        if (SameBytes(path, temporary))
        {
            File.Delete(temporary);
            return;
        }

        Replace(sitePath, path, temporary);
    }

    /// <summary>The site paths written since the last call, in no particular order.</summary>
    public List<string> TakeWritten()
    {
        var taken = new List<string>();
        while (_written.TryDequeue(out var path))
        {
            taken.Add(path);
        }

        return taken;
    }

    /// <summary>Deletes the given site files (those the site no longer has); returns the ones that existed.</summary>
    public List<string> Remove(IEnumerable<string> sitePaths)
    {
        var removed = new List<string>();
        foreach (var sitePath in sitePaths)
        {
            var path = PathOf(sitePath);
            if (File.Exists(path))
            {
                File.Delete(path);
                removed.Add(sitePath);
                RemoveEmptyFolders(Path.GetDirectoryName(path)!);
            }
        }

        return removed;
    }

    /// <summary>Every file in the folder by site path, except the marker and what lies under <paramref name="keptFolders"/> (e.g. "pagefind/").</summary>
    public List<string> Files(IReadOnlyList<string> keptFolders) =>
        [.. Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => f != OutputPolicy.MarkerFile && !keptFolders.Any(k => f.StartsWith(k, StringComparison.Ordinal)))];

    private static bool Holds(string path, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length)
        {
            return false;
        }

        try
        {
            return File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string Beside(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return $"{path}.{Guid.NewGuid():N}.tmp";
    }

    private void Replace(string sitePath, string path, string temporary)
    {
        File.Move(temporary, path, overwrite: true);
        _written.Enqueue(sitePath);
    }

    private static bool SameBytes(string path, string written)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != new FileInfo(written).Length)
        {
            return false;
        }

        try
        {
            using var old = File.OpenHandle(path);
            using var made = File.OpenHandle(written);
            var a = new byte[1 << 16];
            var b = new byte[1 << 16];
            long offset = 0;
            int read;
            while ((read = RandomAccess.Read(old, a, offset)) > 0)
            {
                if (RandomAccess.Read(made, b.AsSpan(0, read), offset) != read || !a.AsSpan(0, read).SequenceEqual(b.AsSpan(0, read)))
                {
                    return false;
                }

                offset += read;
            }

            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private void RemoveEmptyFolders(string folder)
    {
        for (var dir = folder; dir.Length > Root.Length && dir.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal); dir = Path.GetDirectoryName(dir)!)
        {
            if (Directory.EnumerateFileSystemEntries(dir).Any())
            {
                return;
            }

            Directory.Delete(dir);
        }
    }
}
