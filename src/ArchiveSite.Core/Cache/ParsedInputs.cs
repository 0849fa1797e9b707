using System.Text.Json;
using System.Text.Json.Serialization;
using ArchiveSite.Diagnostics;
using ArchiveSite.Model;

namespace ArchiveSite.Cache;

/// <summary>The digests and pages a build parsed, written to the cache and read back by the next build instead of parsing
/// the same bytes again.</summary>
/// <remarks>
/// The records are serialised as they are, member by member (System.Text.Json over the constructor and init properties),
/// so a member added to <see cref="Digest"/> is stored the moment it exists; computed members are left out and computed
/// again. Four values are not plain data and have a converter here: a digest's free-form <c>extra</c> map (strings,
/// lists and maps, as YAML gave them), the field locations, and an external identifier (by its scheme's key).
/// A round-trip test compares every digest of the fixtures, member by member, with the value read back.
/// </remarks>
internal static class ParsedInputs
{
    public static readonly JsonSerializerOptions Options = new()
    {
        IgnoreReadOnlyProperties = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new ExtraConverter(), new LocationsConverter(), new ExternalIdConverter() },
    };

    /// <summary>How many files the parsed input is stored in: an edit rewrites one of them, and they are read on every core.</summary>
    public const int Shards = 16;

    /// <summary>The shard that holds a path: FNV-1a over its characters, the same in every process (string hashes are not).</summary>
    public static int ShardOf(string path)
    {
        var hash = 2166136261u;
        foreach (var c in path)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Shards);
    }

    /// <summary>One input file's parsed value: exactly one of <see cref="Digest"/> and <see cref="Page"/> is set.</summary>
    /// <param name="Path">Relative to the input folder, '/' separated.</param>
    public sealed record Entry(string Path, string Hash, Digest? Digest, Page? Page)
    {
        public object? Value => (object?)Digest ?? Page;
    }

    public static byte[] Write(IEnumerable<(string Path, string Hash, object Value)> files) =>
        JsonSerializer.SerializeToUtf8Bytes(
            files.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => new Entry(f.Path, f.Hash, f.Value as Digest, f.Value as Page)).ToList(),
            Options);

    public static Dictionary<string, Entry> Read(ReadOnlySpan<byte> json)
    {
        var entries = JsonSerializer.Deserialize<List<Entry>>(json, Options) ?? throw new JsonException("no entries");
        return entries.ToDictionary(e => e.Path, e => e.Value is null ? throw new JsonException($"{e.Path}: no value") : e, StringComparer.Ordinal);
    }

    /// <summary>A digest's <c>extra</c>: strings (or null) in lists and maps, exactly the shapes <c>YamlFields.Plain</c> makes.</summary>
    private sealed class ExtraConverter : JsonConverter<IReadOnlyDictionary<string, object?>>
    {
        public override IReadOnlyDictionary<string, object?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ReadValue(ref reader) as Dictionary<string, object?> ?? throw new JsonException("extra is not a map");

        public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> value, JsonSerializerOptions options) => WriteValue(writer, value);

        private static object? ReadValue(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.String:
                    return reader.GetString();
                case JsonTokenType.StartArray:
                    var list = new List<object?>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        list.Add(ReadValue(ref reader));
                    }

                    return list;
                case JsonTokenType.StartObject:
                    var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var key = reader.GetString()!;
                        reader.Read();
                        map[key] = ReadValue(ref reader);
                    }

                    return map;
                default:
                    throw new JsonException($"unexpected {reader.TokenType} in extra");
            }
        }

        private static void WriteValue(Utf8JsonWriter writer, object? value)
        {
            switch (value)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case string text:
                    writer.WriteStringValue(text);
                    break;
                case IReadOnlyDictionary<string, object?> map:
                    writer.WriteStartObject();
                    foreach (var (key, item) in map)
                    {
                        writer.WritePropertyName(key);
                        WriteValue(writer, item);
                    }

                    writer.WriteEndObject();
                    break;
                case IEnumerable<object?> list:
                    writer.WriteStartArray();
                    foreach (var item in list)
                    {
                        WriteValue(writer, item);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    // Nothing else comes out of YAML; refusing it keeps a value from coming back as another type.
                    throw new NotSupportedException($"extra holds a {value.GetType().Name}");
            }
        }
    }

    /// <summary>Field locations as the file path and one key, line and column per key (a path only where it is another file's).</summary>
    private sealed class LocationsConverter : JsonConverter<FieldLocations>
    {
        public override FieldLocations Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var stored = JsonSerializer.Deserialize<StoredLocations>(ref reader, options) ?? throw new JsonException("no locations");
            return new FieldLocations(stored.Path, stored.Keys.ToDictionary(
                k => k.Key, k => new SourceLocation(k.Path ?? stored.Path, k.Line, k.Column), StringComparer.Ordinal));
        }

        public override void Write(Utf8JsonWriter writer, FieldLocations value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(
                writer,
                new StoredLocations(value.Path, [.. value.All.Select(l => new StoredLocation(l.Key, l.Value.Line, l.Value.Column, l.Value.Path == value.Path ? null : l.Value.Path))]),
                options);

        private sealed record StoredLocations(string Path, List<StoredLocation> Keys);

        private sealed record StoredLocation(string Key, int Line, int Column, string? Path);
    }

    /// <summary>An external identifier as its scheme's key and its value; the scheme is looked up again when read.</summary>
    private sealed class ExternalIdConverter : JsonConverter<ExternalId>
    {
        public override ExternalId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var stored = JsonSerializer.Deserialize<string[]>(ref reader, options);
            return stored is [var key, var value] && ExternalIdSchemes.Find(key) is { } scheme
                ? new ExternalId(scheme, value)
                : throw new JsonException("an external identifier of an unknown scheme");
        }

        public override void Write(Utf8JsonWriter writer, ExternalId value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new[] { value.Scheme.Key, value.Value }, options);
    }
}
