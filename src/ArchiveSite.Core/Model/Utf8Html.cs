using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArchiveSite.Model;

/// <summary>HTML the build produced and keeps for the whole run (a digest's rendered body), held as UTF-8: half the
/// memory of a string of the same text, and the form it is written to files in anyway.</summary>
/// <remarks>Bodies are most of what an archive keeps in memory (about 9 KB a digest as a string, 0.9 GB at 100,000
/// digests). Readers decode it as they write (<see cref="WriteTo(TextWriter)"/>) rather than making a string each
/// time; <see cref="ToString"/> is for the rare reader that needs one. Equal when the bytes are equal. As JSON (the
/// cache of parsed input) it is the text it holds.</remarks>
[JsonConverter(typeof(TextConverter))]
public sealed class Utf8Html : IEquatable<Utf8Html>
{
    private const int Chunk = 4096;
    private readonly byte[] _bytes;

    public Utf8Html(string html) => _bytes = Encoding.UTF8.GetBytes(html);

    /// <summary>The text in <paramref name="html"/>, encoded without making it a string first.</summary>
    public Utf8Html(StringBuilder html)
    {
        var chars = ArrayPool<char>.Shared.Rent(html.Length);
        try
        {
            html.CopyTo(0, chars, html.Length);
            var text = chars.AsSpan(0, html.Length);
            _bytes = new byte[Encoding.UTF8.GetByteCount(text)];
            Encoding.UTF8.GetBytes(text, _bytes);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public static Utf8Html Empty { get; } = new("");

    /// <summary>The HTML's UTF-8 bytes.</summary>
    public ReadOnlySpan<byte> Utf8 => _bytes;

    /// <summary>Decodes the HTML into <paramref name="write"/> a piece at a time (a buffer and how many of its characters
    /// are the piece), through a pooled buffer; a character is never split between pieces.</summary>
    public void Decode(Action<char[], int> write)
    {
        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(Chunk));
        try
        {
            var decoder = Encoding.UTF8.GetDecoder();
            ReadOnlySpan<byte> rest = _bytes;
            do
            {
                var piece = rest[..Math.Min(Chunk, rest.Length)];
                rest = rest[piece.Length..];
                var count = decoder.GetChars(piece, chars, flush: rest.IsEmpty);
                write(chars, count);
            }
            while (!rest.IsEmpty);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Writes the HTML as it is (it is markup we produced) to <paramref name="writer"/>.</summary>
    public void WriteTo(TextWriter writer) => Decode((chars, count) => writer.Write(chars, 0, count));

    public override string ToString() => Encoding.UTF8.GetString(_bytes);

    public bool Equals(Utf8Html? other) => other is not null && _bytes.AsSpan().SequenceEqual(other._bytes);

    public override bool Equals(object? obj) => Equals(obj as Utf8Html);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_bytes);
        return hash.ToHashCode();
    }

    private sealed class TextConverter : JsonConverter<Utf8Html>
    {
        public override Utf8Html Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(reader.GetString() ?? throw new JsonException("no HTML"));

        public override void Write(Utf8JsonWriter writer, Utf8Html value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
