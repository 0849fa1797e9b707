using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArchiveSite.Rendering;

/// <summary>A hash of exactly the values a page's template receives: equal fingerprints render equal HTML.</summary>
/// <remarks>
/// The views are serialised as they are (System.Text.Json over the records, member by member, in declaration order), so
/// a member added to a view is part of the fingerprint the moment it exists: there is no list of fields to keep in step.
/// The site-wide part (the <c>site</c> view, the theme's files, the URL helper and the asset names) is hashed once per
/// update and mixed into every page's fingerprint.
/// </remarks>
internal static class ViewFingerprint
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Every value counts, nulls and defaults included; cycles cannot occur in the view records.
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        IncludeFields = false,

        // Nothing reads this JSON back, so nothing needs escaping for a browser; escaping only costs time.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new LongTextConverter(), new Utf8HtmlConverter() },
    };

    // One buffer per rendering thread, reused page after page, as the renderer does with its writer.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>The site-wide part: what every page's template receives besides its own <c>page</c> view.</summary>
    public static string OfSite(SiteView site, string themeFingerprint, string baseUrl, IReadOnlyDictionary<string, string> assets) =>
        Hash(writer =>
        {
            writer.WriteStartArray();
            writer.WriteStringValue(themeFingerprint);
            writer.WriteStringValue(baseUrl);
            JsonSerializer.Serialize(writer, assets.OrderBy(a => a.Key, StringComparer.Ordinal).ToList(), Options);
            JsonSerializer.Serialize(writer, site, Options);
            writer.WriteEndArray();
        });

    /// <summary>One page: the site-wide fingerprint, the page's kind and output file, and its <c>page</c> view.</summary>
    public static string OfPage(string siteFingerprint, string layout, string outputFile, PageView page) =>
        Hash(writer =>
        {
            writer.WriteStartArray();
            writer.WriteStringValue(siteFingerprint);
            writer.WriteStringValue(layout);
            writer.WriteStringValue(outputFile);
            JsonSerializer.Serialize(writer, page, Options);
            writer.WriteEndArray();
        });

    /// <summary>Writes a long string (a body, a JSON-LD block) as the hash of its UTF-16 code units: a tenth of the
    /// work of escaping and transcoding it, and it still changes whenever any character does.</summary>
    private sealed class LongTextConverter : JsonConverter<string>
    {
        private const int Long = 512;

        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("fingerprints are never read back");

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        {
            if (value.Length < Long)
            {
                writer.WriteStringValue(value);
                return;
            }

            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(value.AsSpan()), hash);
            writer.WriteBase64StringValue(hash);
        }
    }

    /// <summary>Writes a digest's body as the hash of its UTF-8 bytes, which change whenever any character does.</summary>
    private sealed class Utf8HtmlConverter : JsonConverter<Model.Utf8Html>
    {
        public override Model.Utf8Html Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("fingerprints are never read back");

        public override void Write(Utf8JsonWriter writer, Model.Utf8Html value, JsonSerializerOptions options)
        {
            // A stored body is read back a piece at a time; the hash is the same as of its bytes at once.
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            value.ReadPieces(piece => sha.AppendData(piece));
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            sha.GetHashAndReset(hash);
            writer.WriteBase64StringValue(hash);
        }
    }

    private static string Hash(Action<Utf8JsonWriter> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Convert.ToHexString(SHA256.HashData(buffer.WrittenSpan), 0, 16);
    }
}
