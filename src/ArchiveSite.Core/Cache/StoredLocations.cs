using System.Collections;
using System.Diagnostics.CodeAnalysis;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Cache;

/// <summary>A digest's or page's field locations as the cache holds them, decoded the first time one is asked for.</summary>
/// <remarks>Only a diagnostic about a file the build did not parse again asks where its fields are, so nearly every
/// cached digest's locations stay bytes (about 20 keys a digest, 200,000 strings on 10,000 digests). The bytes were
/// walked when the file was read (<see cref="CodecInput.Locations"/>) and the file is never changed, so decoding them
/// later cannot fail.</remarks>
internal sealed class StoredLocations(ReadOnlyMemory<byte> encoded, string path) : IReadOnlyDictionary<string, SourceLocation>
{
    private Dictionary<string, SourceLocation>? _decoded;

    private Dictionary<string, SourceLocation> Decoded =>
        LazyInitializer.EnsureInitialized(ref _decoded, () => RecordCodec.ReadLocations(new CodecInput(encoded.ToArray()), path));

    /// <summary>The keys as they were read, and the path they were read with: written again as they are.</summary>
    public ReadOnlySpan<byte> Encoded => encoded.Span;

    public string Path => path;

    public SourceLocation this[string key] => Decoded[key];

    public IEnumerable<string> Keys => Decoded.Keys;

    public IEnumerable<SourceLocation> Values => Decoded.Values;

    public int Count => Decoded.Count;

    public bool ContainsKey(string key) => Decoded.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out SourceLocation value) => Decoded.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, SourceLocation>> GetEnumerator() => Decoded.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
