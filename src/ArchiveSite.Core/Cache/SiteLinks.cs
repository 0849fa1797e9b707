using System.Runtime.InteropServices;

namespace ArchiveSite.Cache;

/// <summary>Puts a copy of a site's files into another folder as hard links: one system call per file, no bytes copied.</summary>
/// <remarks>
/// A linked file is shared by both folders, so it must never be written in place afterwards: everything that writes into
/// a folder filled this way writes a new file and renames it over the link (<see cref="CachedFolder"/>). Where a link
/// cannot be made (another disk, a system without link(2)), the file is copied.
/// </remarks>
internal static partial class SiteLinks
{
    private const int CrossDevice = 18; // EXDEV
    private const int Unsupported = 95; // EOPNOTSUPP / ENOTSUP: a file system without hard links

    /// <summary>Links (or copies) each site path from <paramref name="from"/> into <paramref name="to"/>, creating folders as needed.</summary>
    public static void Link(string from, string to, IReadOnlyCollection<string> sitePaths)
    {
        foreach (var folder in sitePaths.Select(p => Path.GetDirectoryName(Path.Combine(to, p))!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        var copy = !OperatingSystem.IsLinux();
        try
        {
            Parallel.ForEach(sitePaths, sitePath => LinkOne(from, to, sitePath, ref copy));
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.FirstOrDefault(i => i is IOException or UnauthorizedAccessException) is { } failure)
        {
            throw failure; // One file-system failure, as a loop on one thread would have thrown it.
        }
    }

    // Links one file; after the first link refused for want of support (another disk), copies this file and all after it.
    private static void LinkOne(string from, string to, string sitePath, ref bool copy)
    {
        var (source, target) = (Path.Combine(from, sitePath), Path.Combine(to, sitePath));
        if (!Volatile.Read(ref copy))
        {
            var errno = MakeLink(source, target);
            if (errno == 0)
            {
                return;
            }

            if (errno is not (CrossDevice or Unsupported))
            {
                throw new IOException($"{Marshal.GetPInvokeErrorMessage(errno)} : '{source}'", errno);
            }

            Volatile.Write(ref copy, true);
        }

        File.Copy(source, target, overwrite: true);
    }

    /// <summary>Replaces <paramref name="target"/> with a link to (or copy of) <paramref name="source"/> in one rename.</summary>
    public static void Replace(string source, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        if (!OperatingSystem.IsLinux() || MakeLink(source, temporary) != 0)
        {
            File.Copy(source, temporary, overwrite: false);
        }

        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>Deletes one site path under <paramref name="root"/> (if there) and the folders it leaves empty: a folder
    /// that becomes a staging folder must hold no empty folder a full build would not make.</summary>
    public static void Remove(string root, string sitePath)
    {
        var path = Path.Combine(root, sitePath);
        File.Delete(path);
        var top = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        for (var dir = Path.GetDirectoryName(Path.GetFullPath(path))!; dir.Length > top.Length && dir.StartsWith(top + Path.DirectorySeparatorChar, StringComparison.Ordinal); dir = Path.GetDirectoryName(dir)!)
        {
            if (!Directory.Exists(dir) || Directory.EnumerateFileSystemEntries(dir).Any())
            {
                return;
            }

            Directory.Delete(dir);
        }
    }

    private static int MakeLink(string source, string target)
    {
        try
        {
            return HardLink(source, target) == 0 ? 0 : Marshal.GetLastPInvokeError();
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return Unsupported;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int HardLink(string oldPath, string newPath);
}
