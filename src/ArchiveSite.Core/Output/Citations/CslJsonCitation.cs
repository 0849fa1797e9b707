using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ArchiveSite.Output.Citations;

/// <summary>A citation as CSL-JSON (an array of one item, as Zotero, Pandoc and citeproc read it): type <c>webpage</c>
/// for a digest, <c>dataset</c> for the archive.</summary>
/// <remarks>The archive is a literal (corporate) author, the publisher and the website (<c>container-title</c>, which
/// Zotero shows as "Website Title"). <c>issued</c> is the last change, <c>event-date</c> the event (CSL 1.0.2).</remarks>
internal static class CslJsonCitation
{
    // Letters of every script stay as they are; only what JSON and HTML-sensitive readers need is escaped.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    // One buffer and writer per thread, reused for each of the site's thousands of citations.
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json)? t_writer;

    public static byte[] Write(CitationEntry entry)
    {
        var (buffer, json) = t_writer ??= NewWriter();
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        {
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("id", entry.Key);
            json.WriteString("type", entry.IsArchive ? "dataset" : "webpage");
            json.WriteString("title", entry.Title);
            json.WriteStartArray("author");
            json.WriteStartObject();
            json.WriteString("literal", entry.Publisher);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteString("publisher", entry.Publisher);
            if (!entry.IsArchive)
            {
                json.WriteString("container-title", entry.Publisher);
            }

            json.WriteString("URL", entry.Url);
            Date(json, "issued", entry.Issued);
            Date(json, "event-date", entry.EventDate);
            if (entry.Version is { } version)
            {
                json.WriteString("version", version);
            }

            json.WriteString("abstract", entry.Abstract);
            if (entry.Keywords.Count > 0)
            {
                json.WriteString("keyword", string.Join(", ", entry.Keywords));
            }

            json.WriteString("language", entry.Language);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.Flush();
        var content = new byte[buffer.WrittenCount + 1];
        buffer.WrittenSpan.CopyTo(content);
        content[^1] = (byte)'\n';
        return content;
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewWriter()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        return (buffer, new Utf8JsonWriter(buffer, Options));
    }

    private static void Date(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is not { } d)
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteStartArray("date-parts");
        json.WriteStartArray();
        json.WriteNumberValue(d.Year);
        json.WriteNumberValue(d.Month);
        json.WriteNumberValue(d.Day);
        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
