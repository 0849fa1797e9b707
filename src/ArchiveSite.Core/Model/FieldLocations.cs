using ArchiveSite.Diagnostics;

namespace ArchiveSite.Model;

/// <summary>Where each front-matter value of one file was written, so cross-file checks can point at it.</summary>
/// <remarks>Keys are paths like <c>tags/2</c> or <c>sources/0/url</c>; unknown keys fall back to the file start.</remarks>
public sealed class FieldLocations(string path, IReadOnlyDictionary<string, SourceLocation> locations)
{
    public string Path { get; } = path;

    public SourceLocation Of(string key) =>
        locations.TryGetValue(key, out var location) ? location : SourceLocation.StartOf(Path);

    /// <summary>Every key's location, for a cache that stores them (<c>build --cache</c>).</summary>
    internal IReadOnlyDictionary<string, SourceLocation> All => locations;

    public static FieldLocations None(string path) => new(path, new Dictionary<string, SourceLocation>());
}
