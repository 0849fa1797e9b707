using System.Buffers;
using System.Runtime.InteropServices;
using ArchiveSite.Common;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Output;

/// <summary>The one set of rules for which folders ArchiveSite may write, replace or delete: a build's output, a preview's folder, a killed build's leftovers.</summary>
/// <remarks>
/// A folder is ArchiveSite's when it carries <see cref="MarkerFile"/>. Only such a folder, or an empty one, is ever replaced;
/// only a marked or empty folder named as a staging or old folder beside the output is ever deleted as a leftover; and no
/// site path may leave its folder.
/// </remarks>
internal static class OutputPolicy
{
    /// <summary>The file that marks a folder as ArchiveSite's output (or staging folder), so it may be replaced.</summary>
    public const string MarkerFile = ".archivesite-output";

    private const string StagingInfix = ".staging-";
    private const string OldInfix = ".old-";
    private const int SuffixLength = 32; // A Guid in "N" format.
    private static readonly SearchValues<char> LowerHexDigits = SearchValues.Create("0123456789abcdef");

    /// <summary>The output folder's full path when it may be replaced or written; otherwise null, with the reason reported.</summary>
    /// <param name="contentFolders">Input and theme: the output may not be, contain or sit inside them.</param>
    /// <param name="workspaceFolders">The working and repository folders: the output may sit inside them, but not be or contain them.</param>
    /// <param name="inPlace">True for a preview, which writes inside the folder; false for a build, which also creates a staging folder beside it.</param>
    public static string? Check(
        string folder, IReadOnlyList<string> contentFolders, IReadOnlyList<string> workspaceFolders, DiagnosticBag diagnostics, bool inPlace = false)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            diagnostics.Add(DiagnosticCodes.UnsafeOutput, SourceLocation.StartOf(DisplayPath.Of(Environment.CurrentDirectory)), folder, "is an empty path; name a folder, e.g. output");
            return null;
        }

        var output = Path.GetFullPath(folder);
        try
        {
            output = FullPath(output);
            if (Problem(output, contentFolders, workspaceFolders) is { } problem)
            {
                diagnostics.Add(DiagnosticCodes.UnsafeOutput, SourceLocation.StartOf(DisplayPath.Of(output)), folder, problem);
                return null;
            }

            if (NotWritable(output, inPlace) is var (readOnly, reason))
            {
                diagnostics.Add(DiagnosticCodes.OutputReadOnly, SourceLocation.StartOf(DisplayPath.Of(output)), DisplayPath.Of(readOnly), reason);
                return null;
            }
        }
        catch (Exception e) when (OutputFailure.IsFileSystem(e))
        {
            diagnostics.Add(OutputFailure.Describe(e, output)); // A folder that cannot even be listed.
            return null;
        }

        return output;
    }

    /// <summary>The absolute path without a trailing separator; a symbolic link to a folder is followed, so the site replaces the folder it points to and the link stays.</summary>
    public static string FullPath(string folder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        return Directory.Exists(full) && Directory.ResolveLinkTarget(full, returnFinalTarget: true) is { } target
            ? Path.TrimEndingDirectorySeparator(target.FullName)
            : full;
    }

    /// <summary>Why the folder may not be replaced or written, or null when it may.</summary>
    public static string? Problem(string output, IReadOnlyList<string> contentFolders, IReadOnlyList<string> workspaceFolders)
    {
        if (Path.GetPathRoot(output) == output + Path.DirectorySeparatorChar || output == Path.GetPathRoot(output))
        {
            return "is the root of the file system";
        }

        if (output == Path.TrimEndingDirectorySeparator(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)))
        {
            return "is the home folder";
        }

        foreach (var folder in contentFolders.Concat(workspaceFolders).Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))))
        {
            if (output == folder)
            {
                return $"is the same folder as {DisplayPath.Of(folder)}";
            }

            if (IsInside(folder, output))
            {
                return $"contains {DisplayPath.Of(folder)}; choose a folder of its own";
            }

            if (IsInside(output, folder) && contentFolders.Any(c => Path.TrimEndingDirectorySeparator(Path.GetFullPath(c)) == folder))
            {
                return $"is inside {DisplayPath.Of(folder)}; choose a folder of its own";
            }
        }

        if (File.Exists(output) || (!Directory.Exists(output) && new FileInfo(output).LinkTarget is not null))
        {
            return "is a file or a broken link, not a folder; remove it or choose another folder";
        }

        return MayReplace(output) ? null : $"is not empty and was not written by ArchiveSite (no {MarkerFile}); empty it or choose another folder";
    }

    /// <summary>Whether the folder may be replaced as a whole: it does not exist, is empty, or carries the marker.</summary>
    /// <remarks>A build asks again right before its swap, since the folder may have been filled while the site was built.</remarks>
    public static bool MayReplace(string folder) => !Directory.Exists(folder) || IsEmpty(folder) || IsMarked(folder);

    /// <summary>Whether the folder carries the marker as a regular file of its own (a link named like the marker does not count).</summary>
    public static bool IsMarked(string folder)
    {
        var marker = new FileInfo(Path.Combine(folder, MarkerFile));
        return marker.Exists && marker.LinkTarget is null;
    }

    /// <summary>The full path for a site-relative file inside <paramref name="root"/>, refusing any path that would leave it.</summary>
    public static string SitePath(string root, string sitePath)
    {
        var full = Path.GetFullPath(Path.Combine(root, sitePath));
        if (!IsInside(full, root))
        {
            throw new InvalidOperationException($"refusing to write outside the output folder: {sitePath}");
        }

        return full;
    }

    /// <summary>A new, unused path beside the output folder where a build stages its site.</summary>
    public static string NewStagingPath(string output) => Sibling(output, StagingInfix);

    /// <summary>A new, unused path beside the output folder where the previous site waits to be deleted.</summary>
    public static string NewOldPath(string output) => Sibling(output, OldInfix);

    /// <summary>Every folder beside the output that an interrupted build left and that may be deleted.</summary>
    /// <remarks>
    /// Named as <see cref="NewStagingPath"/> or <see cref="NewOldPath"/> name them, a real folder (not a link), not held
    /// by a running build (<see cref="StagingMarker"/>), and marked or empty: a folder is deleted with its marker last,
    /// and a build killed at that moment leaves it empty. An unmarked folder with files is never touched.
    /// </remarks>
    public static List<string> Leftovers(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        if (!Directory.Exists(parent))
        {
            return [];
        }

        var prefix = $".{Path.GetFileName(output)}";
        return [.. Directory.EnumerateDirectories(parent, prefix + ".*")
            .Where(path => IsLeftoverName(Path.GetFileName(path), prefix))
            .Where(path => !File.GetAttributes(path).HasFlag(FileAttributes.ReparsePoint))
            .Where(path => IsMarked(path) || IsEmpty(path))
            .Where(path => !StagingMarker.IsHeld(path))
            .Order(StringComparer.Ordinal)];
    }

    private static bool IsLeftoverName(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal)
        && ((string[])[StagingInfix, OldInfix]).Any(infix => name.Length == prefix.Length + infix.Length + SuffixLength
            && name.AsSpan(prefix.Length).StartsWith(infix, StringComparison.Ordinal)
            && !name.AsSpan(prefix.Length + infix.Length).ContainsAnyExcept(LowerHexDigits));

    /// <summary>The nearest folder that the build would have to change but may not, with the system's reason; null when all may be changed.</summary>
    /// <remarks>
    /// The output folder itself must be writable too, although the swap only renames it: its files are deleted after the swap.
    /// Only Linux is asked in advance (access(2)); elsewhere the first failed write or rename reports the same diagnostic.
    /// </remarks>
    private static (string Folder, string Reason)? NotWritable(string output, bool inPlace)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        // A build changes the output folder and the folder that holds it (the staging folder goes there); a preview changes
        // only the output folder. A folder that does not exist yet would be created in the nearest one above it that does.
        var folders = new List<string>();
        if (Directory.Exists(output))
        {
            folders.Add(output);
        }

        if (!inPlace || folders.Count == 0)
        {
            var above = Path.GetDirectoryName(output);
            while (above is not null && !Directory.Exists(above))
            {
                above = Path.GetDirectoryName(above);
            }

            folders.AddRange(above is null ? [] : [above]);
        }

        foreach (var folder in folders)
        {
            if (LinuxCalls.WriteDenied(folder) is not 0 and var errno)
            {
                return (folder, Marshal.GetPInvokeErrorMessage(errno));
            }
        }

        return null;
    }

    private static string Sibling(string output, string infix) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}{infix}{Guid.NewGuid():N}");

    private static bool IsEmpty(string folder) => !Directory.EnumerateFileSystemEntries(folder).Any();

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
