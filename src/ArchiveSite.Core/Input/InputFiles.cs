using System.IO.Enumeration;
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
        foreach (var name in new[] { InputReader.SiteFile, InputReader.TagsFile, InputReader.EntitiesFile, InputReader.StoriesFile })
        {
            var path = Path.Combine(root, name);
            if (KindOf(path) is { } kind && StampOf(path) is { } stamp)
            {
                files[path] = (kind, stamp);
            }
        }

        foreach (var (folder, kind) in new[] { (InputReader.DigestsFolder, Kind.Digest), (InputReader.PagesFolder, Kind.Page) })
        {
            foreach (var (path, stamp) in Walk(Path.Combine(root, folder), diagnostics))
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

    /// <summary>Every *.md file under <paramref name="folder"/> with its stamp, in a stable order, without following folder links.</summary>
    /// <remarks>The stamp of a plain file comes with the listing (one lstat, made by the enumeration itself); only a
    /// link is looked at again, for its target's stamp.</remarks>
    private static List<(string Path, Stamp Stamp)> Walk(string folder, DiagnosticBag diagnostics)
    {
        var found = new List<(string, Stamp)>();
        if (!Directory.Exists(folder))
        {
            return found;
        }

        List<(string Name, string Path, bool Folder, bool Link, Stamp Stamp)> entries;
        try
        {
            entries = [.. new FileSystemEnumerable<(string, string, bool, bool, Stamp)>(
                folder,
                (ref FileSystemEntry entry) => (entry.FileName.ToString(), entry.ToFullPath(), entry.IsDirectory, entry.Attributes.HasFlag(FileAttributes.ReparsePoint),
                    entry.IsDirectory || entry.Attributes.HasFlag(FileAttributes.ReparsePoint) ? default : new Stamp(entry.Length, entry.LastWriteTimeUtc.UtcDateTime)),
                new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false })
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) => entry.IsDirectory || entry.FileName.EndsWith(".md", StringComparison.Ordinal),
            }];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCodes.UnreadableFile, SourceLocation.StartOf(DisplayPath.Of(folder)), e.Message);
            return found;
        }

        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.Folder && entry.Link)
            {
                diagnostics.Add(DiagnosticCodes.FolderLinkSkipped, SourceLocation.StartOf(DisplayPath.Of(entry.Path)), entry.Name);
            }
            else if (entry.Folder)
            {
                found.AddRange(Walk(entry.Path, diagnostics));
            }
            else if ((entry.Link ? StampOf(entry.Path) : entry.Stamp) is { } stamp)
            {
                found.Add((entry.Path, stamp));
            }
        }

        return found;
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
