using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using ArchiveSite.Model;

namespace ArchiveSite.Cache;

/// <summary>The digests and pages a build parsed, written to the cache and read back by the next build instead of parsing
/// the same bytes again.</summary>
/// <remarks>
/// Each shard is a run of entries (path, content hash, kind, value), the values in <see cref="RecordCodec"/>'s binary form:
/// the records member by member, so a member added to <see cref="Digest"/> is stored the moment it exists. Binary rather
/// than JSON because the next build reads every digest back before it can build the archive: 10,000 digests took about a
/// second as JSON. A round-trip test compares every digest of the fixtures, member by member, with the value read back.
/// </remarks>
internal static class ParsedInputs
{
    /// <summary>How the cache's manifest is written as JSON.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        IgnoreReadOnlyProperties = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const byte DigestEntry = 1;
    private const byte PageEntry = 2;

    /// <summary>How many files the parsed input is stored in: an edit rewrites one of them, and they are read on every core.</summary>
    public const int Shards = 16;

    /// <summary>The shard that holds a path: FNV-1a over its characters, the same in every process (string hashes are not).</summary>
    public static int ShardOf(string path)
    {
        var hash = 2166136261u;
        foreach (var c in path)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Shards);
    }

    /// <summary>One input file's parsed value: exactly one of <see cref="Digest"/> and <see cref="Page"/> is set.</summary>
    /// <param name="Path">Relative to the input folder, '/' separated.</param>
    public sealed record Entry(string Path, string Hash, Digest? Digest, Page? Page)
    {
        public object? Value => (object?)Digest ?? Page;

        /// <summary>The entry's bytes in the file it was read from (empty for a value just parsed): a save that keeps the
        /// same file at the same hash copies them instead of encoding the value again.</summary>
        public ReadOnlyMemory<byte> Encoded { get; init; }
    }

    /// <summary>The entries of <paramref name="files"/>, in path order.</summary>
    /// <param name="kept">Entries read from the cache: one at the same path and hash is copied as it was read.</param>
    /// <param name="sizeHint">About how many bytes it takes (the last file's length): the buffer is made that size once.</param>
    public static byte[] Write(IEnumerable<(string Path, string Hash, object Value)> files, IReadOnlyDictionary<string, Entry>? kept = null, long sizeHint = 0)
    {
        var buffer = new ArrayBufferWriter<byte>((int)Math.Clamp(sizeHint + (sizeHint / 16), 256 * 1024, Array.MaxLength / 2));
        var output = new CodecOutput(buffer);
        foreach (var (path, hash, value) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            // The same bytes at the same path parse to the same value (the tool that wrote them is this one), so its bytes are too.
            if (kept?.GetValueOrDefault(path) is { Encoded.IsEmpty: false } same && same.Hash == hash)
            {
                output.Copy(same.Encoded.Span);
                continue;
            }

            output.String(path);
            output.String(hash);
            switch (value)
            {
                case Digest digest:
                    output.Byte(DigestEntry);
                    RecordCodec.Write(output, digest);
                    break;
                case Page page:
                    output.Byte(PageEntry);
                    RecordCodec.Write(output, page);
                    break;
                default:
                    throw new NotSupportedException($"{path} parsed to a {value.GetType().Name}");
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static Dictionary<string, Entry> Read(byte[] bytes)
    {
        var input = new CodecInput(bytes);
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        while (!input.AtEnd)
        {
            var start = input.Position;
            var (path, hash) = (input.String(), input.String());
            var (digest, page) = input.Byte() switch
            {
                DigestEntry => (RecordCodec.Read<Digest>(input) ?? throw new InvalidDataException($"{path}: no value"), (Page?)null),
                PageEntry => ((Digest?)null, RecordCodec.Read<Page>(input) ?? throw new InvalidDataException($"{path}: no value")),
                var other => throw new InvalidDataException($"{path}: an entry of kind {other}"),
            };
            entries[path] = new Entry(path, hash, digest, page) { Encoded = bytes.AsMemory(start, input.Position - start) };
        }

        return entries;
    }
}
