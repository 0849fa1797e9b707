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
    }

    public static byte[] Write(IEnumerable<(string Path, string Hash, object Value)> files)
    {
        var buffer = new ArrayBufferWriter<byte>(256 * 1024);
        var output = new RecordCodec.Output(buffer);
        foreach (var (path, hash, value) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            output.String(path);
            output.String(hash);
            switch (value)
            {
                case Digest digest:
                    output.Byte(DigestEntry);
                    RecordCodec.Write(output, typeof(Digest), digest);
                    break;
                case Page page:
                    output.Byte(PageEntry);
                    RecordCodec.Write(output, typeof(Page), page);
                    break;
                default:
                    throw new NotSupportedException($"{path} parsed to a {value.GetType().Name}");
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static Dictionary<string, Entry> Read(byte[] bytes)
    {
        var input = new RecordCodec.Input(bytes);
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        while (!input.AtEnd)
        {
            var (path, hash) = (input.String(), input.String());
            var entry = input.Byte() switch
            {
                DigestEntry => new Entry(path, hash, RecordCodec.Read(input, typeof(Digest)) as Digest ?? throw new InvalidDataException($"{path}: no value"), null),
                PageEntry => new Entry(path, hash, null, RecordCodec.Read(input, typeof(Page)) as Page ?? throw new InvalidDataException($"{path}: no value")),
                var other => throw new InvalidDataException($"{path}: an entry of kind {other}"),
            };
            entries[path] = entry;
        }

        return entries;
    }
}
