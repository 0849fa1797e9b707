using System.Buffers;
using System.Text.Json;
using ArchiveSite.Common;
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

    private static readonly JsonWriterOptions Options = new() { Indented = true };

    /// <summary>data/digests.json, and data/{year}/digests.json for each year (the digests of one year, in the same shape
    /// and schema with its <c>year</c>, for readers who want one year without downloading the whole archive), handed to
    /// <paramref name="write"/> as streamed files.</summary>
    /// <remarks>The whole file's digests are the years' digests one after another, so each year's items are written once
    /// (as the file's writer lays them out) and copied into both files: half the work of writing each file on its own.
    /// One year's items are in memory at a time, and each year file is written while the whole file is streamed.</remarks>
    public static void Write(Archive archive, SiteUrl url, Action<SiteFile> write)
    {
        if (archive.Digests.Count == 0 || !YearsInOrder(archive))
        {
            write(SiteFile.Stream(SitePaths.DataJson, stream => Json(stream, archive, url, archive.Digests, null)));
            foreach (var year in archive.Years)
            {
                write(SiteFile.Stream(SitePaths.YearDataJson(year.Year), stream => Json(stream, archive, url, year.Digests, year.Year)));
            }

            return;
        }

        write(SiteFile.Stream(SitePaths.DataJson, stream =>
        {
            var items = new ArrayBufferWriter<byte>(1 << 20);
            using (var json = new Utf8JsonWriter(stream, Options))
            {
                Head(json, archive, url, archive.Digests.Count, null);
            }

            byte[] end = [];
            foreach (var year in archive.Years)
            {
                var (start, close) = Items(items, archive, url, year.Digests);
                end = items.WrittenSpan[close..].ToArray();

                // Each item starts with its separator: the first item of a file is written without it.
                var separated = items.WrittenMemory[start..close];
                stream.Write(year == archive.Years[0] ? separated.Span[1..] : separated.Span);
                write(SiteFile.Stream(SitePaths.YearDataJson(year.Year), yearStream =>
                {
                    using (var json = new Utf8JsonWriter(yearStream, Options))
                    {
                        Head(json, archive, url, year.Digests.Count, year.Year);
                    }

                    yearStream.Write(separated.Span[1..]);
                    yearStream.Write(end);
                }));
            }

            stream.Write(end);
        }));
    }

    private static void Json(Stream stream, Archive archive, SiteUrl url, IReadOnlyList<Digest> digests, int? year)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        Head(json, archive, url, digests.Count, year);
        foreach (var digest in digests)
        {
            Item(json, archive, url, digest);
            if (json.BytesPending > FlushAt)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // The digests as items of the "digests" array, then the file's end, laid out by a writer standing where the file's
    // writer stands (after an item already written, so every item carries its separator); returns where each begins.
    private static (int Items, int End) Items(ArrayBufferWriter<byte> buffer, Archive archive, SiteUrl url, IReadOnlyList<Digest> digests)
    {
        buffer.ResetWrittenCount();
        using var json = new Utf8JsonWriter(buffer, Options);
        json.WriteStartObject();
        json.WriteStartArray("digests");
        json.WriteNullValue();
        json.Flush();
        var items = buffer.WrittenCount;
        foreach (var digest in digests)
        {
            Item(json, archive, url, digest);
        }

        json.Flush();
        var end = buffer.WrittenCount;
        json.WriteEndArray();
        json.WriteEndObject();
        return (items, end);
    }

    // The file's members before its digests, up to the opening of the "digests" array.
    private static void Head(Utf8JsonWriter json, Archive archive, SiteUrl url, int count, int? year)
    {
        json.WriteStartObject();
        json.WriteString("title", archive.Settings.Title);
        json.WriteString("url", url.Absolute(SitePaths.Home));
        WriteEdition(json, archive.Edition);
        if (year is { } number)
        {
            json.WriteNumber("year", number);
        }

        json.WriteNumber("count", count);
        json.WriteStartArray("digests");
    }

    private static void Item(Utf8JsonWriter json, Archive archive, SiteUrl url, Digest digest)
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
    }

    // The whole file's digests are the years' one after another when digests are newest first, as the archive keeps them.
    private static bool YearsInOrder(Archive archive)
    {
        var next = 0;
        foreach (var year in archive.Years)
        {
            foreach (var digest in year.Digests)
            {
                if (next >= archive.Digests.Count || !ReferenceEquals(archive.Digests[next++], digest))
                {
                    return false;
                }
            }
        }

        return next == archive.Digests.Count;
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
        Span<char> text = stackalloc char[IsoDate.Length];
        IsoDate.Write(text, date);
        json.WriteString(name, text);
    }
}
