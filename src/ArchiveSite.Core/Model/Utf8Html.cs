using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArchiveSite.Model;

/// <summary>HTML the build produced and keeps for the whole run (a digest's rendered body), held as UTF-8: in memory,
/// or in the run's <see cref="Utf8Store"/>, read back a piece at a time when it is written.</summary>
/// <remarks>Bodies are most of what an archive keeps (about 9 KB a digest as a string, 4.5 KB as UTF-8). Readers decode
/// it as they write (<see cref="WriteTo(TextWriter)"/>) rather than making a string each time; <see cref="ToString"/> is
/// for the rare reader that needs one. Equal when the bytes are equal. As JSON (the cache of parsed input) it is the
/// text it holds. In memory it may be a slice of a larger buffer (the cache's file it was read from), not a copy.</remarks>
[JsonConverter(typeof(TextConverter))]
public sealed class Utf8Html : IEquatable<Utf8Html>
{
    private const int Chunk = 4096;
    private readonly ReadOnlyMemory<byte>? _bytes;
    private readonly Utf8Store? _store;
    private readonly long _offset;
    private byte[]? _hash;

    public Utf8Html(string html)
        : this(Encoding.UTF8.GetBytes(html), null, 0)
    {
    }

    /// <summary>The text in <paramref name="html"/>, encoded without making it a string first, kept in memory.</summary>
    public Utf8Html(StringBuilder html)
        : this(WithChars(html, chars =>
        {
            var bytes = new byte[Encoding.UTF8.GetByteCount(chars)];
            Encoding.UTF8.GetBytes(chars, bytes);
            return bytes;
        }), null, 0)
    {
    }

    private Utf8Html(ReadOnlyMemory<byte>? bytes, Utf8Store? store, long offset, int length = -1)
    {
        _bytes = bytes;
        _store = store;
        _offset = offset;
        Length = bytes?.Length ?? length;
    }

    public static Utf8Html Empty { get; } = new("");

    /// <summary>How many bytes the HTML is.</summary>
    public int Length { get; }

    /// <summary>The text in <paramref name="html"/>, kept in <paramref name="store"/> (in memory when it is null).</summary>
    public static Utf8Html Of(StringBuilder html, Utf8Store? store) =>
        store is null ? new Utf8Html(html) : WithChars(html, chars =>
        {
            var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(chars.Length));
            try
            {
                return store.Add(bytes.AsSpan(0, Encoding.UTF8.GetBytes(chars, bytes)));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        });

    /// <summary>The HTML in <paramref name="bytes"/>, which the caller never changes afterwards (a slice is kept, not copied).</summary>
    internal static Utf8Html InMemory(ReadOnlyMemory<byte> bytes) => new(bytes, null, 0);

    /// <summary>The HTML in <paramref name="bytes"/> with its <see cref="ContentHash"/> as known already (read back from the
    /// cache with the bytes it was made of).</summary>
    internal static Utf8Html InMemory(ReadOnlyMemory<byte> bytes, byte[] contentHash) => new(bytes, null, 0) { _hash = contentHash };

    internal static Utf8Html Stored(Utf8Store store, long offset, int length) => new(null, store, offset, length);

    /// <summary>Hands the HTML's UTF-8 to <paramref name="use"/> a piece of at most 4,096 bytes at a time, in order.</summary>
    public void ReadPieces(Action<ReadOnlySpan<byte>> use)
    {
        if (_bytes is { } bytes)
        {
            for (var start = 0; start < bytes.Length; start += Chunk)
            {
                use(bytes.Span.Slice(start, Math.Min(Chunk, bytes.Length - start)));
            }

            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Chunk);
        try
        {
            for (var start = 0; start < Length; start += Chunk)
            {
                var piece = buffer.AsSpan(0, Math.Min(Chunk, Length - start));
                _store!.Read(_offset + start, piece);
                use(piece);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Decodes the HTML into <paramref name="write"/> a piece at a time (a buffer and how many of its characters
    /// are the piece), through a pooled buffer; a character is never split between pieces.</summary>
    public void Decode(Action<char[], int> write)
    {
        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(Chunk));
        try
        {
            var decoder = Encoding.UTF8.GetDecoder();
            ReadPieces(piece =>
            {
                var count = decoder.GetChars(piece, chars, flush: false);
                if (count > 0)
                {
                    write(chars, count);
                }
            });
            var rest = decoder.GetChars([], chars, flush: true);
            if (rest > 0)
            {
                write(chars, rest);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Writes the HTML as it is (it is markup we produced) to <paramref name="writer"/>.</summary>
    public void WriteTo(TextWriter writer) => Decode((chars, count) => writer.Write(chars, 0, count));

    /// <summary>The SHA-256 of the HTML's bytes, made once and kept: what a fingerprint of a view holding this body mixes in
    /// instead of the body itself (the hash stands for the bytes, so equal hashes are equal bodies).</summary>
    public ReadOnlySpan<byte> ContentHash
    {
        get
        {
            if (_hash is { } known)
            {
                return known;
            }

            byte[] hash;
            if (_bytes is { } bytes)
            {
                hash = SHA256.HashData(bytes.Span);
            }
            else
            {
                using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                ReadPieces(sha.AppendData);
                hash = sha.GetHashAndReset();
            }

            return _hash = hash; // Two threads may both make it: the same bytes either way.
        }
    }

    /// <summary>The HTML's bytes in a new array.</summary>
    public byte[] ToArray()
    {
        if (_bytes is { } bytes)
        {
            return bytes.ToArray();
        }

        var copy = new byte[Length];
        _store!.Read(_offset, copy);
        return copy;
    }

    public override string ToString() => _bytes is { } bytes ? Encoding.UTF8.GetString(bytes.Span) : Encoding.UTF8.GetString(ToArray());

    public bool Equals(Utf8Html? other) =>
        other is not null && other.Length == Length
        && (ReferenceEquals(other, this) || (_bytes ?? ToArray()).Span.SequenceEqual((other._bytes ?? other.ToArray()).Span));

    public override bool Equals(object? obj) => Equals(obj as Utf8Html);

    // The length alone: equal bodies have equal lengths, and hashing the bytes would read a stored body back.
    public override int GetHashCode() => Length;

    // The builder's text through a pooled buffer, so that no string of it is made.
    private static T WithChars<T>(StringBuilder html, CharsFunc<T> use)
    {
        var chars = ArrayPool<char>.Shared.Rent(html.Length);
        try
        {
            html.CopyTo(0, chars, html.Length);
            return use(chars.AsSpan(0, html.Length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private delegate T CharsFunc<T>(ReadOnlySpan<char> chars);

    private sealed class TextConverter : JsonConverter<Utf8Html>
    {
        public override Utf8Html Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(reader.GetString() ?? throw new JsonException("no HTML"));

        public override void Write(Utf8JsonWriter writer, Utf8Html value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
