using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ArchiveSite.Output;

/// <summary>Writes a JSON document built as nodes: members in the order they were added and '\n' line ends on every
/// system, so the same input gives the same bytes.</summary>
internal static class JsonBytes
{
    // These files are served as JSON, never inside HTML, so apostrophes and accented letters can stay as they are.
    private static readonly JavaScriptEncoder Readable = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static byte[] Of(JsonNode node, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, NewLine = "\n", Encoder = Readable }))
        {
            node.WriteTo(json);
        }

        if (indented)
        {
            buffer.WriteByte((byte)'\n');
        }

        return buffer.ToArray();
    }
}
