using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using ArchiveSite.Model;

namespace ArchiveSite.Output;

/// <summary>One maker of files beside the pages, with the key of what it makes them from: equal keys make equal files.</summary>
/// <param name="Key">A hash of the maker's arguments (<see cref="SiteFileKey.Of"/>), or null for a maker that reads the
/// whole archive (the data exports): such a maker runs whenever the files beside the pages are made.</param>
internal sealed record SiteFileMaker(Func<string>? Key, Func<IEnumerable<SiteFile>> Make);

/// <summary>The key of a site file maker: its arguments serialised as they are (records member by member) and hashed.</summary>
/// <remarks>
/// A digest is keyed by what it was read from, not by its members: its path, the hash of its file's bytes and the dates
/// git gave it. That is what <c>build --cache</c> already relies on to reuse a parsed digest (the same bytes at the same
/// path parse to the same digest), and it is a hundredth of the work of hashing a body. Any other value is serialised
/// whole, so a member added to a record is part of the key the moment it exists.
/// </remarks>
internal static class SiteFileKey
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new DigestConverter() },
    };

    /// <summary>The hash of <paramref name="kind"/> and <paramref name="arguments"/>, in that order.</summary>
    public static string Of(string kind, params object?[] arguments)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(kind);
            foreach (var argument in arguments)
            {
                JsonSerializer.Serialize(writer, argument, argument?.GetType() ?? typeof(object), Options);
            }

            writer.WriteEndArray();
        }

        return Convert.ToHexString(SHA256.HashData(buffer.WrittenSpan), 0, 16);
    }

    private sealed class DigestConverter : JsonConverter<Digest>
    {
        public override Digest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("keys are never read back");

        public override void Write(Utf8JsonWriter writer, Digest value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(value.SourcePath);

            // A digest made in memory rather than read from a file has no hash: its key then matches no other.
            writer.WriteStringValue(value.ContentHash.Length > 0 ? value.ContentHash : Guid.NewGuid().ToString("N"));
            writer.WriteStringValue(value.Added?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "");
            writer.WriteStringValue(value.LastCommit?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "");
            writer.WriteEndArray();
        }
    }
}
