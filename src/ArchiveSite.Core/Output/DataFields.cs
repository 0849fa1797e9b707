using System.Text.Json.Nodes;
using ArchiveSite.Common;
using ArchiveSite.Input;

namespace ArchiveSite.Output;

/// <summary>The open data's columns and JSON properties, described from the same <see cref="FieldSpec"/>s that check
/// front matter (<see cref="DigestSchema"/> and the data-file readers), so the data's documentation cannot drift from the
/// format; and, in one place, the values the data has that no curator writes (slugs, page addresses, counts).</summary>
internal static class DataFields
{
    public static readonly FieldSpec Slug = new("slug", true, "slug", "the digest's file name without .md, unique across the archive");
    public static readonly FieldSpec DigestUrl = new("url", true, "http(s) URL", "the digest's page on this site");
    public static readonly FieldSpec StoryTitle = new("story_title", false, "text", "the title of the story line named in story");
    public static readonly FieldSpec Digest = new("digest", true, "slug", "the digest: its slug in digests.csv");
    public static readonly FieldSpec Position = new("position", true, "whole number", "the source's place in the digest's list of sources, from 1");
    public static readonly FieldSpec UrlKey = new("url_key", false, "text", $"url as data/lookup.json and the duplicate-source check key it: {SourceUrls.Rule}");
    public static readonly FieldSpec ThemeKey = new("key", true, "slug", "the theme's key in input/tags.yml, as digests' tags name it");
    public static readonly FieldSpec Theme = new("theme", true, "slug", "the theme: its key in themes.csv");
    public static readonly FieldSpec OrganisationSlug = new("slug", true, "slug", "the organisation's slug (its page is /entities/{slug}/), made from its name");
    public static readonly FieldSpec OrganisationName = new("name", true, "text", "the organisation's name as input/entities.yml spells it, aliases resolved");
    public static readonly FieldSpec Organisation = new("organisation", true, "slug", "the organisation: its slug in organisations.csv");
    public static readonly FieldSpec StoryKey = new("key", true, "slug", "the story line's key in input/stories.yml, as digests' story names it");
    public static readonly FieldSpec DigestCount = new("digests", true, "whole number", "how many published digests name it");
    public static readonly FieldSpec Developments = new("developments", true, "whole number", "how many published digests follow the story line");
    public static readonly FieldSpec First = new("first", true, "date", "the event date of its first development, YYYY-MM-DD");
    public static readonly FieldSpec Last = new("last", true, "date", "the event date of its latest development, YYYY-MM-DD");
    public static readonly FieldSpec PageUrl = new("url", true, "http(s) URL", "its page on this site");
    public static readonly FieldSpec Added = new("added", false, "date", "when the digest was added to the archive: the day of the first commit of its file (renames followed), YYYY-MM-DD; empty without git history");
    public static readonly FieldSpec Changed = new("changed", false, "date", "when the digest last changed: updated when given, else the day of the last commit of its file, YYYY-MM-DD; empty when neither is known");
    public static readonly FieldSpec Language = new(
        "language", true, "language code", "the language the digest is written in (a BCP 47 tag such as en or pt-BR): its language when given, else the site's");
    public static readonly FieldSpec Scheme = new("scheme", true, "text", "the database: aiid (AI Incident Database), aiaaic (AIAAIC Repository) or oecd_aim (OECD AI Incidents Monitor)");
    public static readonly FieldSpec ExternalId = new("id", true, "text", "the identifier in that database, as the digest's external_ids gives it");
    public static readonly FieldSpec ExternalLink = new("link", true, "http(s) URL", "where the record is (for the AIAAIC Repository, whose entries have no address by ID, the repository's home)");

    /// <summary>A column described by a key of one value; <paramref name="note"/> says what the data adds.</summary>
    public static DataField From(FieldSpec spec, string? note = null)
    {
        if (IsList(spec.Kind))
        {
            throw new ArgumentException($"'{spec.Key}' holds a list: describe its column with List, which names the separator", nameof(spec));
        }

        var (type, format) = spec.Kind switch
        {
            "text" or "slug" or "story key" or "SPDX identifier" or "language code" or "AIAAIC and 4 digits" => ("string", null),
            "https://oecd.ai URL" => ("string", "uri"),
            "date" => ("date", null),
            "http(s) URL" => ("string", "uri"),
            "whole number" => ("integer", null),
            "true/false" => ("boolean", (string?)null),
            _ => throw new ArgumentException($"no Table Schema type for the kind '{spec.Kind}' of '{spec.Key}'", nameof(spec)),
        };
        return new DataField(spec.Key, type, Describe(spec, note)) { Format = format, Required = spec.Required };
    }

    /// <summary>A list key as one text cell, its items joined by <paramref name="separator"/>, which the description names.</summary>
    public static DataField List(FieldSpec spec, string separator, string? note = null) =>
        new(spec.Key, "string", Describe(spec, $"{note}{(note is null ? "" : "; ")}items are separated by '{separator}'")) { Required = spec.Required };

    /// <summary>The JSON Schema of one value of the key's kind, with its description.</summary>
    public static JsonObject Json(FieldSpec spec, string? note = null)
    {
        JsonObject type = spec.Kind switch
        {
            "text" or "slug" or "story key" or "language code" or "AIAAIC and 4 digits" => new() { ["type"] = "string" },
            "https://oecd.ai URL" => new() { ["type"] = "string", ["format"] = "uri" },
            "date" => new() { ["type"] = "string", ["format"] = "date" },
            "http(s) URL" => new() { ["type"] = "string", ["format"] = "uri" },
            "whole number" => new() { ["type"] = "integer", ["minimum"] = 0 },
            _ when IsList(spec.Kind) => new() { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            _ => throw new ArgumentException($"no JSON Schema type for the kind '{spec.Kind}' of '{spec.Key}'", nameof(spec)),
        };
        type.Insert(0, "description", Describe(spec, note));
        return type;
    }

    private static bool IsList(string kind) => kind.StartsWith("list of ", StringComparison.Ordinal);

    private static string Describe(FieldSpec spec, string? note) => note is null ? spec.Doc : $"{spec.Doc}. {Capital(note)}";

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
