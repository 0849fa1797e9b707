using System.Globalization;
using System.Text.Json;
using ArchiveSite.Model;
using ArchiveSite.Pages;

namespace ArchiveSite.Output;

/// <summary>The whole archive as open data: data/digests.json (data/digests.csv and the other tables: <see cref="DataTables"/>; external IDs: <see cref="ExternalIdExport"/>).</summary>
/// <remarks>Three dates per digest: <c>date</c> (the event), <c>added</c> (git's first commit) and <c>changed</c> (<c>updated</c>
/// when given, else git's last commit), with <c>updated</c> as written; a date nobody recorded is left out of the JSON and
/// empty in the CSV.</remarks>
internal static class DataExport
{
    // Written out a digest at a time once this much is pending: the writer keeps everything until it is flushed.
    private const int FlushAt = 1 << 15;

    /// <summary>data/digests.json: every digest, streamed into <paramref name="stream"/>.</summary>
    public static void Json(Stream stream, Archive archive, SiteUrl url) => Json(stream, archive, url, archive.Digests, null);

    /// <summary>data/{year}/digests.json: the digests of one year, in the same shape (and schema) with its <c>year</c>, for readers
    /// who want one year without downloading the whole archive.</summary>
    public static void Json(Stream stream, Archive archive, SiteUrl url, ArchiveYear year) => Json(stream, archive, url, year.Digests, year.Year);

    private static void Json(Stream stream, Archive archive, SiteUrl url, IReadOnlyList<Digest> digests, int? year)
    {
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("title", archive.Settings.Title);
            json.WriteString("url", url.Absolute(SitePaths.Home));
            WriteEdition(json, archive.Edition);
            if (year is { } number)
            {
                json.WriteNumber("year", number);
            }

            json.WriteNumber("count", digests.Count);
            json.WriteStartArray("digests");
            foreach (var digest in digests)
            {
                json.WriteStartObject();
                json.WriteString("slug", digest.Slug);
                json.WriteString("url", url.Absolute(SitePaths.Digest(digest.Slug)));
                json.WriteString("title", digest.Title);
                json.WriteString("date", Iso(digest.Date));
                if (digest.Updated is { } updated)
                {
                    json.WriteString("updated", Iso(updated));
                }

                // Provenance (git, with updated: overriding the last change); left out when unknown, as updated is.
                if (digest.Added is { } added)
                {
                    json.WriteString("added", Iso(added));
                }

                if (digest.Changed is { } changed)
                {
                    json.WriteString("changed", Iso(changed));
                }

                json.WriteString("summary", digest.Summary);
                json.WriteString("language", digest.Language ?? archive.Settings.Language);
                Strings(json, "tags", digest.Tags);
                Strings(json, "entities", digest.Entities.Select(n => archive.EntityNamed(n).Name).Distinct());
                json.WriteStartArray("sources");
                foreach (var source in digest.Sources)
                {
                    json.WriteStartObject();
                    json.WriteString("outlet", source.Outlet);
                    json.WriteString("title", source.Title);
                    if (source.Author is not null)
                    {
                        json.WriteString("author", source.Author);
                    }

                    json.WriteString("published", Iso(source.Published));
                    if (source.Url is not null)
                    {
                        json.WriteString("url", source.Url.AbsoluteUri);
                    }

                    if (source.Archived is not null)
                    {
                        json.WriteString("archived", source.Archived.AbsoluteUri);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                Strings(json, "related", archive.RelatedTo(digest).Select(d => d.Slug));
                if (archive.StoryOf(digest) is { } line)
                {
                    json.WriteStartObject("story");
                    json.WriteString("key", line.Story.Key);
                    json.WriteString("title", line.Story.Title);
                    json.WriteString("url", url.Absolute(SitePaths.Story(line.Story.Key)));
                    json.WriteNumber("development", line.NumberOf(digest));
                    json.WriteNumber("of", line.Developments.Count);
                    json.WriteEndObject();
                }

                json.WriteStartArray("corrections");
                foreach (var correction in digest.Corrections)
                {
                    json.WriteStartObject();
                    json.WriteString("date", Iso(correction.Date));
                    json.WriteString("note", correction.Note);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                ExternalIdExport.Json(json, digest);
                json.WriteEndObject();
                if (json.BytesPending > FlushAt)
                {
                    json.Flush();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    // The version only when one is set, and the latest change only when there are digests: nothing is claimed that the input does not say.
    private static void WriteEdition(Utf8JsonWriter json, ArchiveEdition edition)
    {
        if (edition.Version is { } version)
        {
            json.WriteString("version", version);
        }

        if (edition.LastChanged is { } changed)
        {
            json.WriteString("last_changed", Iso(changed));
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
