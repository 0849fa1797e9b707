using System.Collections.Concurrent;
using System.Security.Cryptography;
using ArchiveSite.Output;

namespace ArchiveSite.Cache;

/// <summary>A build's staging folder under <c>build --cache</c>: it keeps a hash of every file it holds, and can start
/// as the previous build's site, linked in from the cache, to be brought up to date in place.</summary>
/// <remarks>
/// Started from the cache, a file is written only when its bytes differ from the previous build's (compared by hash, not
/// read back), and always as a new file renamed over the old: the old one is a hard link shared with the cache and must
/// keep its bytes. Started empty, it writes as the plain staging folder does and records the hashes for the next build.
/// </remarks>
internal sealed class CachedFolder(StagingFolder staging, IReadOnlyDictionary<string, string>? previous) : SiteFolder
{
    private readonly ConcurrentDictionary<string, string> _hashes = new(previous ?? new Dictionary<string, string>(), StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _batch = new();
    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal); // Filled after rendering, on one thread.

    public override string Root => staging.Root;

    public override bool Fresh => previous is null;

    /// <summary>Site path → hash of the bytes the folder holds there.</summary>
    public IReadOnlyDictionary<string, string> Hashes => _hashes;

    /// <summary>Site paths this build wrote (their bytes differ from the previous build's).</summary>
    public IReadOnlyCollection<string> Written => (IReadOnlyCollection<string>)_written.Keys;

    /// <summary>Site paths of the previous build that this one removed.</summary>
    public IReadOnlyCollection<string> Removed => _removed;

    public static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexString(SHA256.HashData(content), 0, 16);

    public override void Write(string sitePath, ReadOnlySpan<byte> content)
    {
        var hash = Hash(content);
        if (!Fresh && _hashes.TryGetValue(sitePath, out var before) && before == hash)
        {
            return; // The linked file already holds these bytes.
        }

        if (Fresh)
        {
            staging.Write(sitePath, content);
            Record(sitePath, hash);
            return;
        }

        var temporary = Beside(sitePath);
        using (var file = File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            RandomAccess.Write(file, content, 0);
        }

        PutInPlace(sitePath, temporary, hash);
    }

    /// <summary>A streamed file (a large export): hashed as it is written, then kept only when its bytes differ.</summary>
    public override void Write(string sitePath, Action<Stream> write)
    {
        string? hash = null;
        void Hashed(Stream stream)
        {
            using var hashing = new HashingStream(stream);
            write(hashing);
            hash = hashing.Hash();
        }

        if (Fresh)
        {
            staging.Write(sitePath, Hashed);
            if (hash is not null)
            {
                Record(sitePath, hash);
            }

            return;
        }

        var temporary = Beside(sitePath);
        try
        {
            using var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            Hashed(file);
        }
        catch
        {
            File.Delete(temporary); // Nothing half-written is left to be taken for a site file.
            throw;
        }

        if (_hashes.TryGetValue(sitePath, out var before) && before == hash)
        {
            File.Delete(temporary); // The linked file already holds these bytes.
            return;
        }

        PutInPlace(sitePath, temporary, hash!);
    }

    // A new file beside the old one, renamed over it: the old one is a hard link shared with the cache.
    private string Beside(string sitePath)
    {
        var path = staging.PathOf(sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return $"{path}.{Guid.NewGuid():N}.tmp";
    }

    private void PutInPlace(string sitePath, string temporary, string hash)
    {
        File.Move(temporary, staging.PathOf(sitePath), overwrite: true);
        _batch.Enqueue(sitePath);
        Record(sitePath, hash);
    }

    private void Record(string sitePath, string hash)
    {
        _hashes[sitePath] = hash;
        _written[sitePath] = 0;
    }

    public override List<string> TakeWritten()
    {
        var taken = new List<string>();
        while (_batch.TryDequeue(out var path))
        {
            taken.Add(path);
        }

        return taken;
    }

    public override List<string> Files(IReadOnlyList<string> keptFolders) =>
        [.. _hashes.Keys.Where(f => !keptFolders.Any(k => f.StartsWith(k, StringComparison.Ordinal)))];

    public override List<string> Remove(IEnumerable<string> sitePaths)
    {
        var removed = new List<string>();
        foreach (var sitePath in sitePaths)
        {
            var path = staging.PathOf(sitePath);
            if (File.Exists(path))
            {
                File.Delete(path);
                removed.Add(sitePath);
                RemoveEmptyFolders(Path.GetDirectoryName(path)!);
            }

            _hashes.TryRemove(sitePath, out _);
            _written.TryRemove(sitePath, out _);
            _removed.Add(sitePath);
        }

        return removed;
    }

    // A full build never makes an empty folder, so one left by removed files would be the one difference.
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
