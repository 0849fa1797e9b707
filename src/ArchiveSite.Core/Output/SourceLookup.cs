using System.Text.Encodings.Web;
using System.Text.Json;
using ArchiveSite.Common;
using ArchiveSite.Model;
using ArchiveSite.Pages;

namespace ArchiveSite.Output;

/// <summary>data/lookup.json: each cited article's key (<see cref="SourceUrls.Key"/>) → the digests that cite it, so a
/// newsroom's page can show "Covered in" with one fetch (the about page documents the snippet).</summary>
/// <remarks>Compact, not indented: it is read by scripts, and it grows with every source.</remarks>
internal static class SourceLookup
{
    // Served as JSON, never inside HTML: apostrophes and accented letters stay as they are (as in JsonBytes).
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the lookup into <paramref name="stream"/>, a source at a time.</summary>
    public static void Write(Stream stream, Archive archive, SiteUrl url)
    {
        var citing = new SortedDictionary<string, List<Digest>>(StringComparer.Ordinal);
        foreach (var digest in archive.Digests)
        {
            foreach (var source in digest.Sources)
            {
                if (source.Url is { } address)
                {
                    var key = SourceUrls.Key(address);
                    if (!citing.TryGetValue(key, out var digests))
                    {
                        citing[key] = digests = [];
                    }

                    // A digest that cites one article twice (with and without www.) is listed once; digests stay newest first.
                    if (digests.Count == 0 || digests[^1].Slug != digest.Slug)
                    {
                        digests.Add(digest);
                    }
                }
            }
        }

        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("title", archive.Settings.Title);
        json.WriteString("url", url.Absolute(SitePaths.Home));
        json.WriteString("key", SourceUrls.Rule);
        json.WriteStartObject("sources");
        foreach (var (key, digests) in citing)
        {
            json.WriteStartArray(key);
            foreach (var digest in digests)
            {
                json.WriteStartObject();
                json.WriteString("slug", digest.Slug);
                json.WriteString("title", digest.Title);
                json.WriteString("url", url.Absolute(SitePaths.Digest(digest.Slug)));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (json.BytesPending > 1 << 15)
            {
                json.Flush();
            }
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
