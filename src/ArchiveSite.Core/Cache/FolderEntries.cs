using System.Runtime.InteropServices;

namespace ArchiveSite.Cache;

/// <summary>One folder's entries as the system lists them (readdir): each name with its inode and type, which the listing
/// gives for nothing, where asking for them file by file costs a call each. Linux on 64 bits only (the layout of
/// <c>struct dirent</c> read here is glibc's and musl's there).</summary>
internal static partial class FolderEntries
{
    public const byte Folder = 4; // DT_DIR
    public const byte Regular = 8; // DT_REG

    private const int InodeAt = 0; // d_ino
    private const int TypeAt = 18; // d_type
    private const int NameAt = 19; // d_name

    /// <summary>One entry; <see cref="Type"/> is the listing's own (<see cref="Folder"/>, <see cref="Regular"/>, or another the caller asks about).</summary>
    public readonly record struct Entry(string Name, ulong Inode, byte Type);

    /// <summary>Entries in one order for both folders of a pair (any total order will do).</summary>
    public static int ByName(Entry a, Entry b) => string.CompareOrdinal(a.Name, b.Name);

    /// <summary>The entries of <paramref name="folder"/> but "." and "..", or null when it cannot be listed.</summary>
    public static List<Entry>? Read(string folder)
    {
        var listing = OpenDir(folder);
        if (listing == 0)
        {
            return null;
        }

        try
        {
            var entries = new List<Entry>();
            while (true)
            {
                var entry = ReadDir(listing);
                if (entry == 0)
                {
                    return Marshal.GetLastPInvokeError() == 0 ? entries : null; // The end, or a failure part way.
                }

                var name = Marshal.PtrToStringUTF8(entry + NameAt) ?? "";
                if (name is not ("." or ".."))
                {
                    entries.Add(new Entry(name, (ulong)Marshal.ReadInt64(entry, InodeAt), Marshal.ReadByte(entry, TypeAt)));
                }
            }
        }
        finally
        {
            _ = CloseDir(listing);
        }
    }

    [LibraryImport("libc", EntryPoint = "opendir", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint OpenDir(string path);

    [LibraryImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static partial nint ReadDir(nint listing);

    [LibraryImport("libc", EntryPoint = "closedir")]
    private static partial int CloseDir(nint listing);
}
