using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArchiveSite.Search;

/// <summary>The framing of Pagefind's service protocol (<c>pagefind --service</c>): each message is JSON, base64-encoded,
/// followed by one comma; requests are <c>{"message_id": n, "payload": {"type": …}}</c> and each answer carries the same id.</summary>
/// <remarks>Learnt from Pagefind's pagefind/src/service (requests.rs, responses.rs) and its Node wrapper's service.js.</remarks>
internal static class PagefindMessages
{
    public const byte Separator = (byte)',';

    /// <summary>The JSON goes to a process, never into a web page, so HTML's characters (&lt; &gt; &amp; ' +) and
    /// non-ASCII letters are written as themselves, not as six-byte <c>\u</c> escapes: a digest page's frame is about a
    /// third smaller, and Pagefind's reader decodes less.</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One framed request: the JSON that <paramref name="payload"/> writes (the payload object's members), wrapped
    /// with its id, in base64, then the separator.</summary>
    public static byte[] Frame(uint messageId, string type, Action<Utf8JsonWriter> payload)
    {
        var json = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(json, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("message_id", messageId);
            writer.WriteStartObject("payload");
            writer.WriteString("type", type);
            payload(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        var frame = new byte[Base64.GetMaxEncodedToUtf8Length(json.WrittenCount) + 1];
        Base64.EncodeToUtf8(json.WrittenSpan, frame, out _, out var written);
        frame[written] = Separator;
        return frame;
    }

    /// <summary>Decodes one message (the bytes between separators); null with <paramref name="problem"/> set when it is not
    /// base64 of a JSON object with a payload of a known shape.</summary>
    public static PagefindResponse? Parse(ReadOnlySpan<byte> message, out string? problem)
    {
        problem = null;
        var decoded = new byte[Base64.GetMaxDecodedFromUtf8Length(message.Length)];
        if (Base64.DecodeFromUtf8(message, decoded, out _, out var length) != OperationStatus.Done)
        {
            problem = "not base64: " + Excerpt(Encoding.UTF8.GetString(message));
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(decoded.AsMemory(0, length));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object
                || !payload.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                problem = "no payload type in " + Excerpt(Encoding.UTF8.GetString(decoded, 0, length));
                return null;
            }

            uint? id = root.TryGetProperty("message_id", out var idValue) && idValue.ValueKind == JsonValueKind.Number && idValue.TryGetUInt32(out var n) ? n : null;
            return new PagefindResponse(id, type.GetString()!, payload.Clone());
        }
        catch (JsonException e)
        {
            problem = "not JSON (" + e.Message + "): " + Excerpt(Encoding.UTF8.GetString(decoded, 0, length));
            return null;
        }
    }

    private static string Excerpt(string text) => text.Length <= 80 ? text : text[..80] + "…";
}

/// <summary>One answer from Pagefind's service: the request it answers (none for a message it could not parse), its type
/// (<c>Error</c>, <c>NewIndex</c>, <c>IndexedFile</c>, <c>WriteFiles</c>, …) and the payload's fields.</summary>
internal sealed record PagefindResponse(uint? MessageId, string Type, JsonElement Payload)
{
    public bool IsError => Type == "Error";

    /// <summary>A string field of the payload, or null.</summary>
    public string? Text(string name) =>
        Payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public uint? Number(string name) =>
        Payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetUInt32(out var n) ? n : null;
}
