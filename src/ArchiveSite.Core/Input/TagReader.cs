using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using ArchiveSite.Model;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Input;

/// <summary>Reads the theme taxonomy in input/tags.yml: key → title, description, aliases.</summary>
public static class TagReader
{
    private static readonly FieldSpec Title = new("title", true, "text", "the theme's name as readers see it");
    private static readonly FieldSpec Description = new("description", true, "text", "one sentence on what the theme covers");
    private static readonly FieldSpec Aliases = new("aliases", false, "list of words", "other spellings check maps to this key");

    public static IReadOnlyList<FieldSpec> Fields { get; } = [Title, Description, Aliases];

    /// <summary>The themes, in the file's order; empty when the file is unusable (reported once, on the file itself).</summary>
    /// <remarks>An entry with a problem is reported and still returned under its key, so the digests that use the key
    /// are not flooded with unknown-tag errors as well; the error stops the build, so the stand-in text is never published.</remarks>
    public static IReadOnlyList<Tag> Read(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var map = YamlText.ParseDataFile(displayPath, text, diagnostics);
        var tags = new List<Tag>();
        if (map is null)
        {
            return tags;
        }

        if (map.Children.Count == 0)
        {
            diagnostics.Add(DiagnosticCodes.NoThemes, SourceLocation.StartOf(displayPath));
            return tags;
        }

        var schema = new MapSchema(Fields);
        var root = new YamlFields(new YamlPositions(displayPath, 0), map, diagnostics, schema: null);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = YamlFields.KeyOf(keyNode);
            if (!Slugs.IsSlug(key))
            {
                root.Report(DiagnosticCodes.InvalidThemeKey, keyNode, key);
            }

            if (value is not YamlMappingNode entry)
            {
                root.Report(DiagnosticCodes.WrongType, value, key, "a map with title and description");
                tags.Add(new Tag(key, key, "", []));
                continue;
            }

            var fields = root.Nested(entry, schema, key + "/");
            var title = fields.Text(Title);
            var description = fields.Text(Description);
            var aliases = fields.List(Aliases);
            tags.Add(new Tag(key, title ?? key, description ?? "", aliases));
        }

        AliasChecks.Run([.. tags.Select(t => (t.Key, t.Aliases))], root.Locations, displayPath, diagnostics);
        return tags;
    }
}
