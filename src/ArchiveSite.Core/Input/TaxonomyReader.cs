using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Input;

/// <summary>Reads a file of keyed entries with a title, a description and aliases: the themes in tags.yml and the story
/// lines in stories.yml share this shape, so they share its rules.</summary>
internal static class TaxonomyReader
{
    public static readonly FieldSpec Title = new("title", true, "text", "the name readers see");
    public static readonly FieldSpec Description = new("description", true, "text", "one sentence on what it covers");
    public static readonly FieldSpec Aliases = new("aliases", false, "list of words", "other spellings check maps to this key");

    public static IReadOnlyList<FieldSpec> Fields { get; } = [Title, Description, Aliases];

    /// <summary>One entry as read.</summary>
    public sealed record Entry(string Key, string Title, string Description, IReadOnlyList<string> Aliases, SourceLocation Location);

    /// <summary>The entries in the file's order, or null when the file is not a usable map (reported).</summary>
    /// <remarks>An entry with a problem is reported and still returned under its key, so the digests that use the key
    /// are not flooded with unknown-key errors as well; the error stops the build, so the stand-in text is never published.</remarks>
    /// <param name="invalidKey">The diagnostic for a key that is not a slug (each key becomes a URL).</param>
    public static List<Entry>? Read(string text, string displayPath, DiagnosticBag diagnostics, DiagnosticCode invalidKey)
    {
        var map = YamlText.ParseDataFile(displayPath, text, diagnostics);
        if (map is null)
        {
            return null;
        }

        var entries = new List<Entry>();
        var schema = new MapSchema(Fields);
        var root = new YamlFields(new YamlPositions(displayPath, 0), map, diagnostics, schema: null);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = YamlFields.KeyOf(keyNode);
            if (!Slugs.IsSlug(key))
            {
                root.Report(invalidKey, keyNode, key);
            }

            if (value is not YamlMappingNode entry)
            {
                root.Report(DiagnosticCodes.WrongType, value, key, "a map with title and description");
                entries.Add(new Entry(key, key, "", [], root.At(keyNode)));
                continue;
            }

            var fields = root.Nested(entry, schema, key + "/");
            var title = fields.Text(Title);
            var description = fields.Text(Description);
            var aliases = fields.List(Aliases);
            entries.Add(new Entry(key, title ?? key, description ?? "", aliases, root.At(keyNode)));
        }

        AliasChecks.Run([.. entries.Select(t => (t.Key, t.Aliases))], root.Locations, displayPath, diagnostics);
        return entries;
    }
}
