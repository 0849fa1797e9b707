namespace ArchiveSite.Rendering;

/// <summary>The default theme, built into the library from the repository's theme/ folder as embedded resources.</summary>
/// <remarks>
/// Embedded rather than copied beside the assembly: the files travel inside ArchiveSite.Core.dll, so a dotnet tool
/// install, a single-file publish or a test binary all carry the same theme, and no path has to be found at run time.
/// The resource names are "theme/" + the file's path in the theme (ArchiveSite.Core.csproj).
/// </remarks>
internal static class BuiltInTheme
{
    private const string Prefix = "theme/";

    private static readonly Lazy<IReadOnlyList<ThemeFile>> Loaded = new(Load);

    /// <summary>Every built-in file, sorted by name.</summary>
    public static IReadOnlyList<ThemeFile> Files => Loaded.Value;

    /// <summary>What diagnostics print for a built-in file, which has no path on disk: "(built-in theme)/layouts/base.liquid".</summary>
    public static string Origin(string name) => "(built-in theme)/" + name;

    private static IReadOnlyList<ThemeFile> Load()
    {
        var assembly = typeof(BuiltInTheme).Assembly;
        var files = new List<ThemeFile>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            // MSBuild's %(RecursiveDir) uses the building machine's separator.
            var name = resource[Prefix.Length..].Replace('\\', '/');
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            files.Add(new ThemeFile(name, memory.ToArray(), Origin(name), FromSite: false));
        }

        return [.. files.OrderBy(f => f.Name, StringComparer.Ordinal)];
    }
}
