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

    public static IReadOnlyList<Tag> Read(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var map = FrontMatter.ParseYamlFile(displayPath, text, diagnostics);
        var tags = new List<Tag>();
        if (map is null)
        {
            return tags;
        }

        var root = new YamlFields(displayPath, map, 0, diagnostics, schema: null);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            if (Slugs.From(key) != key)
            {
                root.Report(DiagnosticCodes.InvalidSlug, keyNode, key);
                continue;
            }

            if (value is not YamlMappingNode entry)
            {
                root.Report(DiagnosticCodes.WrongType, value, key, "a map with title and description");
                continue;
            }

            var fields = root.Nested(entry, Fields, key + "/");
            var title = fields.Text(Title);
            var description = fields.Text(Description);
            var aliases = fields.List(Aliases);
            if (title is not null && description is not null)
            {
                tags.Add(new Tag(key, title, description, aliases));
            }
        }

        return tags;
    }
}
