using System.Text.Json.Nodes;
using ArchiveSite.Input;
using ArchiveSite.Model;
using ArchiveSite.Pages;

namespace ArchiveSite.Output;

/// <summary>data/digests.schema.json: a JSON Schema (draft 2020-12) of data/digests.json, each property described by the
/// same <see cref="FieldSpec"/> that checks the front-matter key it comes from. Closed (no other properties), so a
/// member added to <see cref="DataExport"/> without its line here fails the schema test.</summary>
internal static class JsonSchema
{
    private static readonly FieldSpec ArchiveTitle = new("title", true, "text", "the archive's title (site.yml)");
    private static readonly FieldSpec ArchiveUrl = new("url", true, "http(s) URL", "the archive's home page");
    private static readonly FieldSpec Count = new("count", true, "whole number", "how many digests follow");
    private static readonly FieldSpec Version = new("version", false, "text", "the archive's version (site.yml's version, or the tag being built); absent when none is set");
    private static readonly FieldSpec LastChanged = new("last_changed", false, "date", "the newest last change of any digest, YYYY-MM-DD (never the build's date)");
    private static readonly FieldSpec Year = new("year", false, "whole number", "in a year's file (data/{year}/digests.json) only: the year of the events it holds");
    private static readonly FieldSpec Digests = new("digests", true, "list of digests", "every published digest (in a year's file, every digest of that year), newest first");
    private static readonly FieldSpec StoryPart = new("story", false, "story", "the story line this digest is a development of, when it is one");
    private static readonly FieldSpec StoryUrl = new("url", true, "http(s) URL", "the story line's page on this site");
    private static readonly FieldSpec Development = new("development", true, "whole number", "this digest's place on the story line, from 1 (the oldest)");
    private static readonly FieldSpec Of = new("of", true, "whole number", "how many published digests follow the story line");

    public static byte[] Write(Archive archive, SiteUrl url) => JsonBytes.Of(new JsonObject
    {
        ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
        ["$id"] = url.Absolute(SitePaths.DataSchema),
        ["title"] = $"{archive.Settings.Title}: digests.json",
        ["description"] = $"The whole archive as nested JSON (data/digests.json), or one year of it (data/{{year}}/digests.json). {DataPackage.Rights}",
        ["type"] = "object",
        ["properties"] = Properties([Always(ArchiveTitle), Always(ArchiveUrl), WhenSet(Version), WhenSet(LastChanged), WhenSet(Year), Always(Count), new(Digests.Key, Array(Digests, "digest"), true)]),
        ["required"] = new JsonArray("title", "url", "count", "digests"),
        ["additionalProperties"] = false,
        ["$defs"] = new JsonObject
        {
            ["digest"] = Object("one published digest",
            [
                Always(DataFields.Slug),
                Always(DataFields.DigestUrl),
                Always(DigestSchema.Title, maxLength: DigestSchema.TitleMax),
                Always(DigestSchema.Date),
                WhenSet(DigestSchema.Updated),
                WhenSet(DataFields.Added),
                WhenSet(DataFields.Changed),
                Always(DigestSchema.Summary, maxLength: DigestSchema.SummaryMax),
                Always(DataFields.Language),
                Always(DigestSchema.Tags),
                Always(DigestSchema.Entities, "names as input/entities.yml spells them, aliases resolved"),
                new(DigestSchema.Sources.Key, Array(DigestSchema.Sources, "source"), true),
                Always(DigestSchema.Related, "the explicit related digests first, then the closest by shared organisations, themes and sources"),
                new(StoryPart.Key, new JsonObject { ["description"] = StoryPart.Doc, ["$ref"] = "#/$defs/story" }, false),
                new(DigestSchema.Corrections.Key, Array(DigestSchema.Corrections, "correction"), true),
                new(DigestSchema.ExternalIds.Key, Object(DigestSchema.ExternalIds.Doc, [.. DigestSchema.ExternalIdFields.Select(WhenSet)]), false),
            ]),
            ["source"] = Object(
                "one cited report; the rights in it stay with its owner",
                [.. DigestSchema.SourceFields.Select(f => f.Required ? Always(f) : WhenSet(f))]),
            ["story"] = Object(
                "the story line a digest belongs to, and its place on it",
                [Always(DataFields.StoryKey), Always(TaxonomyReader.Title), Always(StoryUrl), Always(Development), Always(Of)]),
            ["correction"] = Object(
                "one public correction",
                [Always(DigestSchema.CorrectionDate), Always(DigestSchema.CorrectionNote, maxLength: DigestSchema.CorrectionNoteMax)]),
        },
    });

    /// <summary>A member of an object in the export: its name, its schema, and whether every object has it.</summary>
    private sealed record Member(string Key, JsonObject Schema, bool Required);

    private static Member Always(FieldSpec spec, string? note = null, int? maxLength = null)
    {
        var schema = DataFields.Json(spec, note);
        if (maxLength is { } max)
        {
            schema["maxLength"] = max; // JSON Schema counts code points, never more than the UTF-16 units the reader counts.
        }

        return new(spec.Key, schema, true);
    }

    // Written only when the digest has it (as the export leaves out an absent updated, author or url).
    private static Member WhenSet(FieldSpec spec) => new(spec.Key, DataFields.Json(spec), false);

    private static JsonObject Object(string description, IReadOnlyList<Member> members) => new()
    {
        ["description"] = description,
        ["type"] = "object",
        ["properties"] = Properties(members),
        ["required"] = new JsonArray([.. members.Where(m => m.Required).Select(m => (JsonNode)m.Key)]),
        ["additionalProperties"] = false,
    };

    private static JsonObject Properties(IReadOnlyList<Member> members)
    {
        var map = new JsonObject();
        foreach (var member in members)
        {
            map[member.Key] = member.Schema;
        }

        return map;
    }

    private static JsonObject Array(FieldSpec spec, string item) =>
        new() { ["description"] = spec.Doc, ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = $"#/$defs/{item}" } };
}
