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
                WriteDate(json, "date", digest.Date);
                if (digest.Updated is { } updated)
                {
                    WriteDate(json, "updated", updated);
                }

                // Provenance (git, with updated: overriding the last change); left out when unknown, as updated is.
                if (digest.Added is { } added)
                {
                    WriteDate(json, "added", added);
                }

                if (digest.Changed is { } changed)
                {
                    WriteDate(json, "changed", changed);
                }

                json.WriteString("summary", digest.Summary);
                json.WriteString("language", digest.Language ?? archive.Settings.Language);
                Strings(json, "tags", digest.Tags);
                EntityNames(json, archive, digest.Entities);
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

                    WriteDate(json, "published", source.Published);
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
                Slugs(json, "related", archive.RelatedTo(digest));
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
                    WriteDate(json, "date", correction.Date);
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
            WriteDate(json, "last_changed", changed);
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++)
        {
            json.WriteStringValue(values[i]);
        }

        json.WriteEndArray();
    }

    private static void Slugs(Utf8JsonWriter json, string name, IReadOnlyList<Digest> digests)
    {
        json.WriteStartArray(name);
        for (var i = 0; i < digests.Count; i++)
        {
            json.WriteStringValue(digests[i].Slug);
        }

        json.WriteEndArray();
    }

    // Names as input/entities.yml spells them, each once: two of a digest's names can be aliases of one. A digest names
    // a few, so the earlier ones are looked at again rather than kept in a set made for every digest.
    private static void EntityNames(Utf8JsonWriter json, Archive archive, IReadOnlyList<string> names)
    {
        json.WriteStartArray("entities");
        for (var i = 0; i < names.Count; i++)
        {
            var name = archive.EntityNamed(names[i]).Name;
            var written = false;
            for (var j = 0; j < i && !written; j++)
            {
                written = archive.EntityNamed(names[j]).Name == name;
            }

            if (!written)
            {
                json.WriteStringValue(name);
            }
        }

        json.WriteEndArray();
    }

    // Formatted in place: a date is written for every digest, source and correction.
    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly date)
    {
        Span<char> text = stackalloc char[10];
        date.TryFormat(text, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        json.WriteString(name, text[..length]);
    }
}
