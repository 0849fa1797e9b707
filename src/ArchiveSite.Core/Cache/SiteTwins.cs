using System.IO.Enumeration;
using System.Runtime.InteropServices;
using ArchiveSite.Output;

namespace ArchiveSite.Cache;

/// <summary>Whether the output folder is still the twin of the cache's site: the same files, each the very same file
/// (one inode, hard-linked by the last save), and nothing else.</summary>
/// <remarks>
/// Only then may a build take the cache's site as its staging folder and the previous output as the cache's next site
/// (<see cref="BuildCache.Take"/>), which moves two folders instead of linking and deleting every file. A file added to,
/// removed from or replaced in the output since the last build makes the folders strangers, and the build links as before.
/// A file edited in place is the same file in both folders: that was already so before this check, and is never done to a
/// generated site. Linux only (statx); elsewhere no folder is a twin.
/// </remarks>
internal static partial class SiteTwins
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const int NoFollow = 0x100; // AT_SYMLINK_NOFOLLOW
    private const uint WantType = 0x1; // STATX_TYPE
    private const uint WantInode = 0x100; // STATX_INO
    private const int StatxSize = 256;

    /// <summary>True when <paramref name="output"/> holds exactly <paramref name="files"/> (and the output marker), each one the same file as in <paramref name="site"/>.</summary>
    public static bool Are(string output, string site, IReadOnlyCollection<string> files)
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists(output) || !Directory.Exists(site))
        {
            return false;
        }

        try
        {
            var listed = 0;
            var expected = files as HashSet<string> ?? files.ToHashSet(StringComparer.Ordinal);
            foreach (var file in ListFiles(output))
            {
                if (file == OutputPolicy.MarkerFile)
                {
                    continue;
                }

                if (!expected.Contains(file))
                {
                    return false;
                }

                listed++;
            }

            if (listed != expected.Count)
            {
                return false;
            }

            var strangers = 0;
            Parallel.ForEach(files, (file, loop) =>
            {
                if (Identity(Path.Combine(output, file)) is not { } a || Identity(Path.Combine(site, file)) is not { } b || a != b)
                {
                    Interlocked.Increment(ref strangers);
                    loop.Stop();
                }
            });
            return strangers == 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Every entry under <paramref name="folder"/> that is not a folder, as a '/'-separated path relative to it; links are listed, never followed.</summary>
    internal static IEnumerable<string> ListFiles(string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return new FileSystemEnumerable<string>(
            folder,
            (ref FileSystemEntry entry) => Path.Join(entry.Directory, entry.FileName)[root.Length..].Replace(Path.DirectorySeparatorChar, '/'),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !entry.Attributes.HasFlag(FileAttributes.ReparsePoint),
        };
    }

    /// <summary>The device and inode of a regular file (not followed through a link), or null for anything else.</summary>
    internal static (ulong Device, ulong Inode)? Identity(string path)
    {
        Span<byte> buffer = stackalloc byte[StatxSize];
        if (Statx(CurrentFolder, path, NoFollow, WantType | WantInode, ref MemoryMarshal.GetReference(buffer)) != 0)
        {
            return null;
        }

        // struct statx (linux/stat.h, the same on every architecture): stx_mode at 28, stx_ino at 32, stx_dev_major/minor at 136/140.
        var mode = MemoryMarshal.Read<ushort>(buffer[28..]);
        if ((mode & 0xF000) != 0x8000) // S_IFREG
        {
            return null;
        }

        var inode = MemoryMarshal.Read<ulong>(buffer[32..]);
        var device = ((ulong)MemoryMarshal.Read<uint>(buffer[136..]) << 32) | MemoryMarshal.Read<uint>(buffer[140..]);
        return (device, inode);
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int folder, string path, int flags, uint mask, ref byte buffer);
}
