using Microsoft.Win32.SafeHandles;

namespace ArchiveSite.Model;

/// <summary>Where a run keeps the digests' rendered bodies: one temporary file that bodies are appended to as they are
/// read and read back from when a page or feed is written, so they are not in the process's memory meanwhile.</summary>
/// <remarks>
/// Bodies are most of what an archive holds (about 4.5 KB of UTF-8 a digest, 450 MB at 100,000 digests), and the
/// collector lets the heap grow to about twice what it holds: kept in memory, they alone made a 100,000-digest build
/// peak near a gigabyte above the 1.5 GB it must stay under. Each body is read back once for its page and once per
/// feed it is in, from the operating system's file cache. The file is removed as soon as it is opened (on Linux and
/// macOS; elsewhere when it is closed), so nothing is left behind however the process ends. When the file cannot be
/// made or written (no temporary folder, a full disk), bodies simply stay in memory: the build is slower to fit, never wrong.
/// Appends and reads are positioned, so any number of threads may use the store at once.
/// </remarks>
public sealed class Utf8Store : IDisposable
{
    private readonly SafeFileHandle _file;
    private long _length;
    private volatile bool _failed;

    private Utf8Store(SafeFileHandle file) => _file = file;

    /// <summary>A store in the system's temporary folder, or null (bodies stay in memory) when none can be made.</summary>
    public static Utf8Store? Create() => Create(Path.GetTempPath());

    /// <summary>A store in <paramref name="folder"/>, or null when none can be made there.</summary>
    public static Utf8Store? Create(string folder)
    {
        var path = Path.Combine(folder, $"archivesite-bodies-{Guid.NewGuid():N}.tmp");
        try
        {
            var unix = OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD();
            var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, unix ? FileOptions.None : FileOptions.DeleteOnClose);
            if (unix)
            {
                File.Delete(path); // The open handle keeps the bytes; the name goes now, so no ending of the process leaves it.
            }

            return new Utf8Store(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Bytes appended so far (the bodies the store holds, old versions included).</summary>
    public long Length => Interlocked.Read(ref _length);

    /// <summary>Keeps <paramref name="bytes"/> in the file, or in memory if the file cannot take them.</summary>
    public Utf8Html Add(ReadOnlySpan<byte> bytes)
    {
        if (_failed || bytes.Length == 0)
        {
            return Utf8Html.InMemory(bytes.ToArray());
        }

        var offset = Interlocked.Add(ref _length, bytes.Length) - bytes.Length;
        try
        {
            RandomAccess.Write(_file, bytes, offset);
            return Utf8Html.Stored(this, offset, bytes.Length);
        }
        catch (IOException)
        {
            _failed = true; // A full disk: this and every later body stays in memory.
            return Utf8Html.InMemory(bytes.ToArray());
        }
    }

    /// <summary>Fills <paramref name="destination"/> with the bytes kept at <paramref name="offset"/>.</summary>
    internal void Read(long offset, Span<byte> destination)
    {
        while (!destination.IsEmpty)
        {
            var read = RandomAccess.Read(_file, destination, offset);
            if (read == 0)
            {
                throw new IOException("the bodies' temporary file ended early");
            }

            destination = destination[read..];
            offset += read;
        }
    }

    public void Dispose() => _file.Dispose();
}
