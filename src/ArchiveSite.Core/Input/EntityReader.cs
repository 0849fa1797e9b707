using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using ArchiveSite.Model;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Input;

/// <summary>Reads input/entities.yml (optional): organisation name → description, aliases, url.</summary>
internal static class EntityReader
{
    public static readonly FieldSpec Description = new("description", false, "text", "one line on who they are");
    public static readonly FieldSpec Aliases = new("aliases", false, "list of names", "other spellings, e.g. [Open AI]; check warns when a digest uses one");
    public static readonly FieldSpec Url = new("url", false, "http(s) URL", "the organisation's website");

    public static IReadOnlyList<FieldSpec> Fields { get; } = [Description, Aliases, Url];

    /// <summary>The organisations, in the file's order; an entry with a problem is reported and kept under its name.</summary>
    public static IReadOnlyList<Entity> Read(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var map = YamlText.ParseDataFile(displayPath, text, diagnostics);
        var entities = new List<Entity>();
        if (map is null)
        {
            return entities;
        }

        var schema = new MapSchema(Fields);
        var root = new YamlFields(new YamlPositions(displayPath, 0), map, diagnostics, schema: null);
        var slugs = new Dictionary<string, (string Name, int Line)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var name = YamlFields.KeyOf(keyNode);
            var slug = Slugs.From(name);
            if (slug.Length == 0)
            {
                root.Report(DiagnosticCodes.NoSlug, keyNode, name);
            }
            else if (!slugs.TryAdd(slug, (name, root.At(keyNode).Line)))
            {
                // Two organisations with one slug would share one page: the second would silently vanish.
                root.Report(DiagnosticCodes.NameSlugCollision, keyNode, name, slug, slugs[slug].Name, slugs[slug].Line);
            }

            switch (value)
            {
                case YamlScalarNode { Value: null or "" }:
                    entities.Add(new Entity(name, slug, null, [], null));
                    break;
                case YamlMappingNode entry:
                    var fields = root.Nested(entry, schema, name + "/");
                    entities.Add(new Entity(name, slug, fields.Text(Description), fields.List(Aliases), fields.Url(Url)));
                    break;
                default:
                    root.Report(DiagnosticCodes.WrongType, value, name, "a map with description, aliases and url");
                    entities.Add(new Entity(name, slug, null, [], null));
                    break;
            }
        }

        AliasChecks.Run([.. entities.Select(e => (e.Name, e.Aliases))], root.Locations, displayPath, diagnostics);
        return entities;
    }
}
