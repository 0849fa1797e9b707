using System.Globalization;
using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Rendering;

/// <summary>One value of a language file: a text, a list (the month names), or a text per plural form (<c>one</c>, <c>other</c>).</summary>
/// <param name="At">Where the value is written, for diagnostics.</param>
internal sealed record LanguageValue(string? Text, IReadOnlyList<string>? Items, IReadOnlyDictionary<string, string>? Forms, SourceLocation At)
{
    /// <summary>What the value is, as messages say it.</summary>
    public string Shape => Items is not null ? "a list" : Forms is not null ? "a map of plural forms (one, other)" : "a text";
}

/// <summary>Reads one language file (<c>i18n/fr.yml</c>): nested maps of texts, flattened to dotted keys
/// (<c>nav.themes</c>), each value checked for its shape; every problem located in the file.</summary>
internal static class LanguageFile
{
    /// <summary>The keys that hold lists, with what each list must be.</summary>
    public static readonly IReadOnlyDictionary<string, string> Lists = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["date.months"] = "a list of the 12 month names as a date writes them, January first",
        ["date.month_headings"] = "a list of the 12 month names as a heading writes them, January first",
        ["plural.one"] = "a list of the whole numbers that take the 'one' form (English [1], French [0, 1]); every other count takes 'other'",
    };

    /// <summary>The forms a plural text may have: <c>other</c> always, <c>one</c> for the counts of <c>plural.one</c>, <c>zero</c> optionally for 0.</summary>
    public static readonly IReadOnlySet<string> PluralForms = new HashSet<string>(["zero", "one", "other"], StringComparer.Ordinal);

    /// <summary>The file's values by dotted key, or null when it cannot be read or a value has the wrong shape (all reported).</summary>
    public static Dictionary<string, LanguageValue>? Read(ThemeFile file, DiagnosticBag diagnostics)
    {
        var display = file.Origin;
        var text = file.Text;
        var local = new DiagnosticBag();
        var values = new Dictionary<string, LanguageValue>(StringComparer.Ordinal);
        if (YamlText.ParseDataFile(display, text, local) is { } map)
        {
            Flatten(map, "", new YamlPositions(display, 0), values, local);
        }

        diagnostics.AddRange(local);
        return local.HasErrors ? null : values;
    }

    private static void Flatten(YamlMappingNode map, string prefix, YamlPositions positions, Dictionary<string, LanguageValue> values, DiagnosticBag diagnostics)
    {
        foreach (var (keyNode, node) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } name })
            {
                diagnostics.Add(DiagnosticCodes.ComplexKey, positions.At(keyNode.Start));
                continue;
            }

            var key = prefix + name;
            var at = positions.At(node.Start);
            if (Lists.TryGetValue(key, out var list))
            {
                if (ReadList(key, node) is { } items)
                {
                    values[key] = new LanguageValue(null, items, null, at);
                }
                else
                {
                    diagnostics.Add(DiagnosticCodes.LanguageValueInvalid, at, key, list);
                }

                continue;
            }

            switch (node)
            {
                case YamlScalarNode scalar:
                    values[key] = new LanguageValue(scalar.Value ?? "", null, null, at);
                    break;
                case YamlMappingNode forms when IsPlural(forms):
                    values[key] = new LanguageValue(null, null, forms.Children.ToDictionary(f => ((YamlScalarNode)f.Key).Value!, f => ((YamlScalarNode)f.Value).Value ?? "", StringComparer.Ordinal), at);
                    break;
                case YamlMappingNode group:
                    Flatten(group, key + ".", positions, values, diagnostics);
                    break;
                default:
                    diagnostics.Add(DiagnosticCodes.LanguageValueInvalid, at, key, "a text, or a map of plural forms (one, other)");
                    break;
            }
        }
    }

    // A map of plural forms: only zero, one and other, with other always there, each a text.
    private static bool IsPlural(YamlMappingNode map) =>
        map.Children.Count > 0
        && map.Children.All(c => c.Key is YamlScalarNode { Value: { } form } && PluralForms.Contains(form) && c.Value is YamlScalarNode)
        && map.Children.Any(c => ((YamlScalarNode)c.Key).Value == "other");

    private static List<string>? ReadList(string key, YamlNode node)
    {
        if (node is not YamlSequenceNode sequence || sequence.Children.Any(c => c is not YamlScalarNode { Value.Length: > 0 }))
        {
            return null;
        }

        var items = sequence.Children.Select(c => ((YamlScalarNode)c).Value!).ToList();
        return key == "plural.one"
            ? items.All(i => long.TryParse(i, NumberStyles.None, CultureInfo.InvariantCulture, out _)) ? items : null
            : items.Count == 12 ? items : null;
    }
}
