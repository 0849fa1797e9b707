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
/// generated site. Linux only; elsewhere no folder is a twin.
/// The two folders are read side by side, one folder of each at a time (<see cref="FolderEntries"/>): the listing
/// itself gives each name's inode and type, so the 41,000 files of a 10,000-digest site need no call of their own.
/// Asking each file's inode (statx, twice a file) took more than half a second of the two cores while the input was read.
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
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess || !Directory.Exists(output) || !Directory.Exists(site))
        {
            return false;
        }

        try
        {
            // Hard links share one device: two roots on different ones hold no file in common, whatever the numbers say.
            if (Identity(output, folder: true) is not { } outputRoot || Identity(site, folder: true) is not { } siteRoot || outputRoot.Device != siteRoot.Device)
            {
                return false;
            }

            var expected = (files as HashSet<string> ?? files.ToHashSet(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
            var listed = 0;
            return Same(Path.TrimEndingDirectorySeparator(output), Path.TrimEndingDirectorySeparator(site), new char[256], 0, expected, ref listed) && listed == files.Count;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EntryPointNotFoundException or DllNotFoundException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>One folder of each, compared entry by entry, then their folders in turn.</summary>
    /// <param name="relative">The folder's path relative to the roots, '/'-separated, in its first <paramref name="length"/> characters (a file's is added after it).</param>
    private static bool Same(string output, string site, char[] relative, int length, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> expected, ref int listed)
    {
        var ours = FolderEntries.Read(output);
        var theirs = FolderEntries.Read(site);
        if (ours is null || theirs is null)
        {
            return false;
        }

        // The output marker is the output's own, at its top only.
        if (length == 0)
        {
            ours.RemoveAll(e => e.Name == OutputPolicy.MarkerFile);
        }

        if (ours.Count != theirs.Count)
        {
            return false;
        }

        ours.Sort(FolderEntries.ByName);
        theirs.Sort(FolderEntries.ByName);
        for (var i = 0; i < ours.Count; i++)
        {
            var (a, b) = (ours[i], theirs[i]);
            if (a.Name != b.Name || a.Type != b.Type)
            {
                return false;
            }

            var name = a.Name;
            var end = length + name.Length + 1;
            if (relative.Length < end)
            {
                Array.Resize(ref relative, end * 2);
            }

            name.CopyTo(relative.AsSpan(length));
            if (a.Type == FolderEntries.Folder)
            {
                relative[length + name.Length] = '/';
                if (!Same(Path.Join(output, name), Path.Join(site, name), relative, end, expected, ref listed))
                {
                    return false;
                }

                continue;
            }

            // A file the listing cannot name the type of is asked for, as every file once was.
            var (ourInode, theirInode) = a.Type == FolderEntries.Regular
                ? (a.Inode, b.Inode)
                : (Identity(Path.Join(output, name), folder: false)?.Inode, Identity(Path.Join(site, name), folder: false)?.Inode);
            if (ourInode is null || ourInode != theirInode || !expected.Contains(relative.AsSpan(0, length + name.Length)))
            {
                return false;
            }

            listed++;
        }

        return true;
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

    /// <summary>The device and inode of a regular file or a folder (not followed through a link), or null for anything else.</summary>
    internal static (ulong Device, ulong Inode)? Identity(string path, bool folder)
    {
        Span<byte> buffer = stackalloc byte[StatxSize];
        if (Statx(CurrentFolder, path, NoFollow, WantType | WantInode, ref MemoryMarshal.GetReference(buffer)) != 0)
        {
            return null;
        }

        // struct statx (linux/stat.h, the same on every architecture): stx_mode at 28, stx_ino at 32, stx_dev_major/minor at 136/140.
        var mode = MemoryMarshal.Read<ushort>(buffer[28..]);
        if ((mode & 0xF000) != (folder ? 0x4000 : 0x8000)) // S_IFDIR, S_IFREG
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
