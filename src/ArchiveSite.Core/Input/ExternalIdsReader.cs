using ArchiveSite.Diagnostics;
using ArchiveSite.Model;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Input;

/// <summary>Reads a digest's <c>external_ids</c>: each key a database of <see cref="ExternalIdSchemes"/>, each value checked against its format.</summary>
internal static class ExternalIdsReader
{
    /// <summary>The identifiers in the schemes' order, whatever order they were written in; each problem is reported where it was written.</summary>
    public static IReadOnlyList<ExternalId> Read(YamlFields fields)
    {
        var field = DigestSchema.ExternalIds;
        var node = fields.Value(field);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlMappingNode map)
        {
            fields.Report(DiagnosticCodes.WrongType, node, field.Key, "a map of databases and identifiers, e.g. {aiid: 123, aiaaic: AIAAIC1471}");
            return [];
        }

        var found = new Dictionary<ExternalIdScheme, string>();
        foreach (var (key, value) in map.Children)
        {
            // YamlText has already reported keys that are not text, and repeated keys.
            if (key is not YamlScalarNode)
            {
                continue;
            }

            var name = YamlFields.KeyOf(key);
            if (ExternalIdSchemes.Find(name) is not { } scheme)
            {
                var known = ExternalIdSchemes.All.Select(s => s.Key).ToList();
                var hint = Suggestions.DidYouMean(name, known);
                fields.Report(DiagnosticCodes.UnknownExternalIdScheme, key, name, hint.Length > 0 ? hint : $"; known databases: {string.Join(", ", known)}");
                continue;
            }

            var path = $"{field.Key}.{name}";
            if (value is not YamlScalarNode scalar)
            {
                fields.Report(DiagnosticCodes.WrongType, value, path, "one identifier, not a list or a map");
                continue;
            }

            var text = scalar.Value?.Trim() ?? "";
            if (scheme.Check(text) is not { } id)
            {
                fields.Report(scheme.Invalid, value, path, text);
                continue;
            }

            fields.Record($"{field.Key}/{name}", fields.At(value));
            found[scheme] = id;
        }

        return [.. ExternalIdSchemes.All.Where(found.ContainsKey).Select(s => new ExternalId(s, found[s]))];
    }
}
