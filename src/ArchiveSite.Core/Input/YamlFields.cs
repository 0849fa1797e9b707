using System.Globalization;
using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Input;

/// <summary>Reads the keys of one YAML map against a schema, reporting each problem where it was written.</summary>
/// <remarks>Every read records the value's location under <c>prefix + key</c>, so later stages can point at it.</remarks>
internal sealed class YamlFields
{
    private readonly YamlPositions _positions;
    private readonly DiagnosticBag _diagnostics;
    private readonly string? _placeholder;
    private readonly string _prefix;
    private readonly Dictionary<string, SourceLocation> _locations;
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    /// <param name="schema">The keys the map may hold, or null to accept any key (a data file's entries).</param>
    /// <param name="placeholder">The value `new` writes for a curator to fill in, reported wherever it is still found; null for files `new` does not write.</param>
    public YamlFields(YamlPositions positions, YamlMappingNode map, DiagnosticBag diagnostics, MapSchema? schema, string? placeholder = null)
        : this(positions, map, diagnostics, schema, placeholder, new Dictionary<string, SourceLocation>(StringComparer.Ordinal), "")
    {
    }

    private YamlFields(
        YamlPositions positions, YamlMappingNode map, DiagnosticBag diagnostics, MapSchema? schema, string? placeholder,
        Dictionary<string, SourceLocation> locations, string prefix)
    {
        _positions = positions;
        _diagnostics = diagnostics;
        _placeholder = placeholder;
        _prefix = prefix;
        _locations = locations;
        Node = map;
        foreach (var (key, value) in map.Children)
        {
            // YamlText has already reported (and left out) repeated keys and keys that are not text.
            var name = KeyOf(key);
            _entries.TryAdd(name, (key, value));
            if (schema is not null && !schema.Has(name))
            {
                var hint = Suggestions.DidYouMean(name, schema.Fields.Select(f => f.Key));
                if (hint.Length == 0 && schema.FreeForm is { } freeForm)
                {
                    hint = $"; custom data goes under '{freeForm.Key}'";
                }

                Report(DiagnosticCodes.UnknownKey, key, name, hint.Length > 0 ? hint : $"; known keys: {string.Join(", ", schema.Fields.Select(f => f.Key))}");
            }
        }
    }

    public YamlMappingNode Node { get; }

    public IReadOnlyDictionary<string, SourceLocation> Locations => _locations;

    public IEnumerable<string> Keys => _entries.Keys;

    public SourceLocation At(YamlNode node) => _positions.At(node.Start);

    /// <summary>A map key as text: YamlText lets only text keys through.</summary>
    public static string KeyOf(YamlNode key) => (key as YamlScalarNode)?.Value ?? "";

    /// <summary>Records where something other than a key's value was written (a digest's body), for later stages.</summary>
    public void Record(string key, SourceLocation location) => _locations[_prefix + key] = location;

    public void Report(DiagnosticCode code, YamlNode node, params object?[] args) =>
        _diagnostics.Add(code, At(node), args);

    /// <summary>The value node of <paramref name="field"/>, or null; reports a missing required key at the map.</summary>
    public YamlNode? Value(FieldSpec field)
    {
        if (_entries.TryGetValue(field.Key, out var entry) && !IsNull(entry.Value))
        {
            _locations[_prefix + field.Key] = At(entry.Value);
            return entry.Value;
        }

        if (field.Required)
        {
            var where = entry.Key ?? (YamlNode)Node;
            _diagnostics.Add(DiagnosticCodes.MissingKey, entry.Key is null ? MapLocation() : At(where), field.Key, field.Doc);
        }

        return null;
    }

    public string? Text(FieldSpec field)
    {
        var node = Value(field);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalarNode { Value: { } text })
        {
            Report(DiagnosticCodes.WrongType, node, field.Key, "text");
            return null;
        }

        text = text.Trim();
        if (text == _placeholder)
        {
            ReportPlaceholder(node, field);
            return null;
        }

        if (field.Required && text.Length == 0)
        {
            _diagnostics.Add(DiagnosticCodes.MissingKey, At(node), field.Key, field.Doc);
            return null;
        }

        return text;
    }

    public DateOnly? Date(FieldSpec field)
    {
        var node = Value(field);
        if (node is null)
        {
            return null;
        }

        var text = (node as YamlScalarNode)?.Value?.Trim() ?? "";
        if (text == _placeholder)
        {
            ReportPlaceholder(node, field);
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Report(DiagnosticCodes.InvalidDate, node, field.Key, text);
        return null;
    }

    public bool Bool(FieldSpec field)
    {
        var node = Value(field);
        if (node is null)
        {
            return false;
        }

        switch ((node as YamlScalarNode)?.Value)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                Report(DiagnosticCodes.WrongType, node, field.Key, "true or false");
                return false;
        }
    }

    public int? WholeNumber(FieldSpec field)
    {
        var node = Value(field);
        if (node is null)
        {
            return null;
        }

        if (int.TryParse((node as YamlScalarNode)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report(DiagnosticCodes.WrongType, node, field.Key, "a whole number");
        return null;
    }

    /// <summary>An absolute http(s) URL, or null (reported) for anything else — javascript:, data:, relative.</summary>
    public Uri? Url(FieldSpec field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        if (SafeUrl.IsWebUrl(text, out var uri))
        {
            return uri;
        }

        _diagnostics.Add(DiagnosticCodes.UnsafeUrl, _locations[_prefix + field.Key], field.Key, text);
        return null;
    }

    /// <summary>A list of plain strings; a single string is accepted as a list of one.</summary>
    /// <param name="limit">Most entries allowed; a longer list is reported as a whole and read as empty.</param>
    public IReadOnlyList<string> List(FieldSpec field, int limit = int.MaxValue)
    {
        var node = Value(field);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode { Value: { } single }:
                return single.Trim().Length > 0 ? Collect(field, [node]) : [];
            case YamlSequenceNode sequence when sequence.Children.Count > limit:
                Report(DiagnosticCodes.CountOutOfRange, node, field.Key, sequence.Children.Count, DiagnosticCodes.DescribeRange(null, limit));
                return [];
            case YamlSequenceNode sequence:
                return Collect(field, sequence.Children);
            default:
                Report(DiagnosticCodes.WrongType, node, field.Key, "a list, e.g. [a, b]");
                return [];
        }
    }

    private List<string> Collect(FieldSpec field, IList<YamlNode> items)
    {
        var values = new List<string>(items.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item is not YamlScalarNode { Value: { } text } || text.Trim().Length == 0)
            {
                Report(DiagnosticCodes.WrongType, item, field.Key, "a list of names");
                continue;
            }

            text = text.Trim();
            if (text == _placeholder)
            {
                ReportPlaceholder(item, field);
                continue;
            }

            if (!seen.Add(text))
            {
                Report(DiagnosticCodes.DuplicateEntry, item, field.Key, text);
                continue;
            }

            _locations[$"{_prefix}{field.Key}/{values.Count}"] = At(item);
            values.Add(text);
        }

        return values;
    }

    /// <summary>A nested map read with its own schema, recording locations under <c>key/index/</c>.</summary>
    public YamlFields Nested(YamlMappingNode map, MapSchema? schema, string prefix) =>
        new(_positions, map, _diagnostics, schema, _placeholder, _locations, _prefix + prefix);

    /// <summary>Converts a YAML node to plain strings, lists and maps for templates.</summary>
    public static object? Plain(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(Plain).ToList(),
        YamlMappingNode map => map.Children.ToDictionary(e => KeyOf(e.Key), e => Plain(e.Value), StringComparer.Ordinal),
        _ => null,
    };

    private void ReportPlaceholder(YamlNode node, FieldSpec field)
    {
        Report(DiagnosticCodes.Placeholder, node, field.Key, field.Doc);
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Value: null or "" or "~" or "null", Style: YamlDotNet.Core.ScalarStyle.Plain };

    private SourceLocation MapLocation() =>
        Node.Children.Count == 0 ? SourceLocation.StartOf(_positions.Path) : At(Node);
}
