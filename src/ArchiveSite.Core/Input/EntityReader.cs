using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using ArchiveSite.Model;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Input;

/// <summary>Reads input/entities.yml (optional): organisation name → description, aliases, url.</summary>
public static class EntityReader
{
    private static readonly FieldSpec Description = new("description", false, "text", "one line on who they are");
    private static readonly FieldSpec Aliases = new("aliases", false, "list of names", "other spellings, e.g. [Open AI]; check warns when a digest uses one");
    private static readonly FieldSpec Url = new("url", false, "http(s) URL", "the organisation's website");

    public static IReadOnlyList<FieldSpec> Fields { get; } = [Description, Aliases, Url];

    public static IReadOnlyList<Entity> Read(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var map = FrontMatter.ParseYamlFile(displayPath, text, diagnostics);
        var entities = new List<Entity>();
        if (map is null)
        {
            return entities;
        }

        var root = new YamlFields(displayPath, map, 0, diagnostics, schema: null);
        foreach (var (keyNode, value) in map.Children)
        {
            var name = ((YamlScalarNode)keyNode).Value ?? "";
            if (value is YamlScalarNode { Value: null or "" })
            {
                entities.Add(new Entity(name, Slugs.From(name), null, [], null));
                continue;
            }

            if (value is not YamlMappingNode entry)
            {
                root.Report(DiagnosticCodes.WrongType, value, name, "a map with description, aliases and url");
                continue;
            }

            var fields = root.Nested(entry, Fields, name + "/");
            entities.Add(new Entity(name, Slugs.From(name), fields.Text(Description), fields.List(Aliases), fields.Url(Url)));
        }

        return entities;
    }
}
