using ArchiveSite.Common;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Input;

/// <summary>Which files under input/ the site is made from, of which kind, with their size and write time: found by a
/// full scan, or among the paths a watcher named.</summary>
/// <remarks>
/// The scan never follows a symbolic link to a folder (it is reported and skipped): that is what keeps a link loop from
/// listing the same files hundreds of times, and a link to /etc from listing anything at all. Links to files are listed;
/// <see cref="InputFile"/> reads them only when they resolve inside the input folder.
/// </remarks>
internal sealed class InputFiles(string root)
{
    public enum Kind
    {
        Site,
        Tags,
        Entities,
        Stories,
        Digest,
        Page,
    }

    /// <summary>What tells a changed file from an unchanged one without reading it.</summary>
    public readonly record struct Stamp(long Length, DateTime Written);

    /// <summary>Every input file, and what the scan had to say about the folders (links skipped, folders unreadable).</summary>
    public (Dictionary<string, (Kind Kind, Stamp Stamp)> Files, IReadOnlyList<Diagnostic> Diagnostics) Scan()
    {
        var diagnostics = new DiagnosticBag();
        var files = new Dictionary<string, (Kind, Stamp)>(StringComparer.Ordinal);
        var found = new List<string> { Path.Combine(root, InputReader.SiteFile), Path.Combine(root, InputReader.TagsFile), Path.Combine(root, InputReader.EntitiesFile), Path.Combine(root, InputReader.StoriesFile) };
        Walk(Path.Combine(root, InputReader.DigestsFolder), found, diagnostics);
        Walk(Path.Combine(root, InputReader.PagesFolder), found, diagnostics);
        foreach (var path in found)
        {
            if (KindOf(path) is { } kind && StampOf(path) is { } stamp)
            {
                files[path] = (kind, stamp);
            }
        }

        return (files, diagnostics.ToSortedList());
    }

    /// <summary>The named paths that are input files: those that exist, and those that are gone.</summary>
    public (Dictionary<string, (Kind Kind, Stamp Stamp)> Present, List<string> Gone) Look(IEnumerable<string> paths)
    {
        var files = new Dictionary<string, (Kind, Stamp)>(StringComparer.Ordinal);
        var gone = new List<string>();
        foreach (var path in paths)
        {
            if (KindOf(path) is { } kind)
            {
                if (StampOf(path) is { } stamp)
                {
                    files[path] = (kind, stamp);
                }
                else
                {
                    gone.Add(path);
                }
            }
        }

        return (files, gone);
    }

    /// <summary>The kind of input file a full path is, or null for any other file (an editor's swap file, a folder).</summary>
    public Kind? KindOf(string path)
    {
        if (Path.GetDirectoryName(path) == root)
        {
            return Path.GetFileName(path) switch
            {
                InputReader.SiteFile => Kind.Site,
                InputReader.TagsFile => Kind.Tags,
                InputReader.EntitiesFile => Kind.Entities,
                InputReader.StoriesFile => Kind.Stories,
                _ => null,
            };
        }

        return !path.EndsWith(".md", StringComparison.Ordinal) ? null
            : IsInside(Path.Combine(root, InputReader.DigestsFolder), path) ? Kind.Digest
            : IsInside(Path.Combine(root, InputReader.PagesFolder), path) ? Kind.Page
            : null;
    }

    /// <summary>Whether <paramref name="path"/> lies inside <paramref name="folder"/> (both full paths).</summary>
    public static bool IsInside(string folder, string path) =>
        path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Every *.md file under <paramref name="folder"/>, in a stable order, without following folder links.</summary>
    private static void Walk(string folder, List<string> found, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(folder).GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCodes.UnreadableFile, SourceLocation.StartOf(DisplayPath.Of(folder)), e.Message);
            return;
        }

        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry is DirectoryInfo directory)
            {
                if (directory.LinkTarget is not null)
                {
                    diagnostics.Add(DiagnosticCodes.FolderLinkSkipped, SourceLocation.StartOf(DisplayPath.Of(directory.FullName)), directory.Name);
                }
                else
                {
                    Walk(directory.FullName, found, diagnostics);
                }
            }
            else if (entry.Name.EndsWith(".md", StringComparison.Ordinal))
            {
                found.Add(entry.FullName);
            }
        }
    }

    // A link's own stamp would miss edits to its target, so the target's is taken (none for a broken link: it is
    // still listed, so that reading it reports the problem).
    private static Stamp? StampOf(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            try
            {
                return info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo { Exists: true } target
                    ? new Stamp(target.Length, target.LastWriteTimeUtc)
                    : new Stamp(-1, info.LastWriteTimeUtc);
            }
            catch (IOException)
            {
                return new Stamp(-1, info.LastWriteTimeUtc);
            }
        }

        return info.Exists ? new Stamp(info.Length, info.LastWriteTimeUtc) : null;
    }
}
