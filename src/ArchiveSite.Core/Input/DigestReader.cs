using System.Globalization;
using System.Text.RegularExpressions;
using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using ArchiveSite.Model;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Input;

/// <summary>Reads one digest file into a <see cref="Digest"/>, checking it against <see cref="DigestSchema"/>.</summary>
internal static partial class DigestReader
{
    /// <summary>Returns the digest, or null when the file has errors (all of them reported).</summary>
    /// <param name="relativePath">Path under the input folder with '/' separators, used for edit links.</param>
    /// <param name="displayPath">Path as diagnostics print it.</param>
    /// <param name="bodies">Where the rendered body is kept, or null to keep it in memory.</param>
    public static Digest? Read(string text, string relativePath, string displayPath, DiagnosticBag diagnostics, Utf8Store? bodies = null)
    {
        var local = new DiagnosticBag();
        var digest = ReadChecked(text, relativePath, displayPath, local, bodies);
        diagnostics.AddRange(local);
        return local.HasErrors ? null : digest;
    }

    private static Digest? ReadChecked(string text, string relativePath, string displayPath, DiagnosticBag diagnostics, Utf8Store? bodies)
    {
        var slug = Path.GetFileNameWithoutExtension(relativePath);
        if (!Slugs.IsSlug(slug))
        {
            diagnostics.Add(DiagnosticCodes.InvalidSlug, SourceLocation.StartOf(displayPath), slug);
        }

        var file = FrontMatter.Parse(displayPath, text, diagnostics);
        if (file is null)
        {
            return null;
        }

        var fields = new YamlFields(file.Positions, file.Map, diagnostics, DigestSchema.Map, DigestSchema.Placeholder);
        var title = fields.Text(DigestSchema.Title);
        var date = fields.Date(DigestSchema.Date);
        var summary = fields.Text(DigestSchema.Summary);
        var tags = fields.List(DigestSchema.Tags, InputLimits.Themes);
        var entities = fields.List(DigestSchema.Entities, InputLimits.Organisations);
        var sources = ReadSources(fields);
        var related = fields.List(DigestSchema.Related);
        var story = fields.Text(DigestSchema.Story);
        var corrections = ReadCorrections(fields, date, diagnostics);
        var externalIds = ExternalIdsReader.Read(fields);
        var language = ReadLanguage(fields, DigestSchema.Language, diagnostics);
        var updated = fields.Date(DigestSchema.Updated);
        var draft = fields.Bool(DigestSchema.Draft);
        var extra = fields.Value(DigestSchema.Extra);

        CheckPlainText(fields, DigestSchema.Title, title, diagnostics);
        CheckPlainText(fields, DigestSchema.Summary, summary, diagnostics);
        CheckLength(fields, DigestSchema.Title, title, DigestSchema.TitleMin, DigestSchema.TitleMax, diagnostics);
        CheckLength(fields, DigestSchema.Summary, summary, 1, DigestSchema.SummaryMax, diagnostics);
        CheckEntitySlugs(fields, entities, diagnostics);
        CheckUpdatedAfterCorrections(fields, updated, corrections, diagnostics);
        if (extra is not null and not YamlMappingNode)
        {
            fields.Report(DiagnosticCodes.WrongType, extra, "extra", "a map of keys and values");
        }

        CheckBodyPlaceholders(file, diagnostics);
        BodyText.CheckPrintable(file, diagnostics);
        fields.Record("body", new SourceLocation(displayPath, file.BodyLine, 1));
        var body = MarkdownBody.RenderUtf8(file.Body, displayPath, file.BodyLine, diagnostics, bodies);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        return new Digest(
            slug, title!, date!.Value, summary!, tags, entities, sources, related, updated, draft,
            extra is YamlMappingNode map ? (Dictionary<string, object?>)YamlFields.Plain(map)! : new Dictionary<string, object?>(),
            body, relativePath, new FieldLocations(displayPath, fields.Locations))
        {
            BodyWords = BodyText.CountWords(file.Body),
            Story = story,
            Corrections = corrections,
            ExternalIds = externalIds,
            Language = language,
        };
    }

    private static List<Source> ReadSources(YamlFields fields) =>
        ReadEntries(fields, DigestSchema.Sources, DigestSchema.SourceMap, InputLimits.Sources, requireOne: true, "source", "outlet, title and published", (source, _) =>
        {
            var outlet = source.Text(DigestSchema.SourceOutlet);
            var title = source.Text(DigestSchema.SourceTitle);
            var author = source.Text(DigestSchema.SourceAuthor);
            var published = source.Date(DigestSchema.SourcePublished);
            var url = source.Url(DigestSchema.SourceUrl);
            var archived = source.Url(DigestSchema.SourceArchived);
            return outlet is not null && title is not null && published is not null
                ? new Source(outlet, title, author, published.Value, url, archived)
                : null;
        });

    private static List<Correction> ReadCorrections(YamlFields fields, DateOnly? happened, DiagnosticBag diagnostics)
    {
        var corrections = ReadEntries(fields, DigestSchema.Corrections, DigestSchema.CorrectionMap, InputLimits.Corrections, requireOne: false, "correction", "date and note", (entry, prefix) =>
        {
            var date = entry.Date(DigestSchema.CorrectionDate);
            var note = entry.Text(DigestSchema.CorrectionNote);
            if (note is not null && fields.Locations.TryGetValue(prefix + DigestSchema.CorrectionNote.Key, out var at))
            {
                if (MarkupPattern().Match(note) is { Success: true } markup)
                {
                    diagnostics.Add(DiagnosticCodes.HtmlInPlainText, at, "note", markup.Value);
                }

                if (note.Length > DigestSchema.CorrectionNoteMax)
                {
                    diagnostics.Add(DiagnosticCodes.LengthOutOfRange, at, "note", note.Length, $"at most {DigestSchema.CorrectionNoteMax}");
                }
            }

            if (date < happened)
            {
                diagnostics.Add(DiagnosticCodes.CorrectionBeforeEvent, fields.Locations[prefix + DigestSchema.CorrectionDate.Key], Iso(date.Value), Iso(happened.Value));
            }

            return date is not null && note is not null ? new Correction(date.Value, note) : null;
        });

        // Oldest first, whatever order they were written in: the page and the feeds read them in date order.
        return [.. corrections.Select((c, i) => (c, i)).OrderBy(x => x.c.Date).ThenBy(x => x.i).Select(x => x.c)];
    }

    /// <summary>A key holding a list of maps (sources, corrections): the list's shape and length checked once, then each
    /// map read by <paramref name="read"/> with its own schema, under the location prefix "key/i/".</summary>
    /// <param name="noun">One entry, as errors name it ("a list of at least one source").</param>
    /// <param name="keys">The keys each entry needs, as errors name them.</param>
    private static List<T> ReadEntries<T>(
        YamlFields fields, FieldSpec field, MapSchema schema, int limit, bool requireOne, string noun, string keys, Func<YamlFields, string, T?> read)
        where T : class
    {
        var node = fields.Value(field);
        var entries = new List<T>();
        if (node is null)
        {
            return entries;
        }

        if (node is not YamlSequenceNode list || (requireOne && list.Children.Count == 0))
        {
            fields.Report(DiagnosticCodes.WrongType, node, field.Key, $"a list of {(requireOne ? "at least one " : "")}{noun}{(requireOne ? "" : "s")}, each with {keys}");
            return entries;
        }

        if (list.Children.Count > limit)
        {
            fields.Report(DiagnosticCodes.CountOutOfRange, node, field.Key, list.Children.Count, DiagnosticCodes.DescribeRange(null, limit));
            return entries;
        }

        for (var i = 0; i < list.Children.Count; i++)
        {
            if (list.Children[i] is not YamlMappingNode map)
            {
                fields.Report(DiagnosticCodes.WrongType, list.Children[i], $"{field.Key}[{i + 1}]", $"a map with {keys}");
                continue;
            }

            var prefix = $"{field.Key}/{i}/";
            if (read(fields.Nested(map, schema, prefix), prefix) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    // A correction is a change: the date of the last change must not be older than the latest correction.
    private static void CheckUpdatedAfterCorrections(YamlFields fields, DateOnly? updated, List<Correction> corrections, DiagnosticBag diagnostics)
    {
        if (corrections.Count == 0)
        {
            return;
        }

        var latest = corrections[^1].Date;
        if (updated is null)
        {
            diagnostics.Add(DiagnosticCodes.CorrectionWithoutUpdated, fields.Locations[DigestSchema.Corrections.Key], Iso(latest));
        }
        else if (updated < latest)
        {
            diagnostics.Add(DiagnosticCodes.UpdatedBeforeCorrection, fields.Locations[DigestSchema.Updated.Key], Iso(updated.Value), Iso(latest));
        }
    }

    /// <summary>A language value (a digest's <c>language:</c>), normalised (<c>pt-br</c> → <c>pt-BR</c>); null when absent or not a tag (reported).</summary>
    internal static string? ReadLanguage(YamlFields fields, FieldSpec field, DiagnosticBag diagnostics)
    {
        if (fields.Text(field) is not { } value)
        {
            return null;
        }

        if (LanguageTag.Normalize(value) is { } tag)
        {
            return tag;
        }

        diagnostics.Add(DiagnosticCodes.InvalidLanguage, fields.Locations[field.Key], field.Key, value);
        return null;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void CheckPlainText(YamlFields fields, FieldSpec field, string? text, DiagnosticBag diagnostics)
    {
        if (text is not null && MarkupPattern().Match(text) is { Success: true } markup)
        {
            diagnostics.Add(DiagnosticCodes.HtmlInPlainText, fields.Locations[field.Key], field.Key, markup.Value);
        }
    }

    private static void CheckLength(YamlFields fields, FieldSpec field, string? text, int min, int max, DiagnosticBag diagnostics)
    {
        if (text is not null && (text.Length < min || text.Length > max))
        {
            var range = min <= 1 ? $"at most {max}" : $"between {min} and {max}";
            diagnostics.Add(DiagnosticCodes.LengthOutOfRange, fields.Locations[field.Key], field.Key, text.Length, range);
        }
    }

    // Every organisation gets a page at /entities/{slug}/: a name without a letter or digit would have none.
    private static void CheckEntitySlugs(YamlFields fields, IReadOnlyList<string> entities, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < entities.Count; i++)
        {
            if (Slugs.From(entities[i]).Length == 0)
            {
                diagnostics.Add(DiagnosticCodes.NoSlug, fields.Locations[$"entities/{i}"], entities[i]);
            }
        }
    }

    private static void CheckBodyPlaceholders(FrontMatter file, DiagnosticBag diagnostics)
    {
        var i = 0;
        foreach (var line in file.Body.AsSpan().EnumerateLines())
        {
            if (line.StartsWith(DigestSchema.Placeholder, StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticCodes.Placeholder, new SourceLocation(file.Path, file.BodyLine + i, 1), "body", "write this section in your own words");
            }

            i++;
        }
    }

    [GeneratedRegex("</?[a-zA-Z][^>]*>")]
    private static partial Regex MarkupPattern();
}
