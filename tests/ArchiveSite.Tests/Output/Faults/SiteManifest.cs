using System.Security.Cryptography;

namespace ArchiveSite.Tests.Output.Faults;

/// <summary>A site folder as a list of files and their hashes, to tell a complete site from a partial or mixed one.</summary>
public static class SiteManifest
{
    /// <summary>Every file (the marker included) by site path, with its SHA-256; empty when the folder does not exist.</summary>
    public static SortedDictionary<string, string> Of(string folder) =>
        Directory.Exists(folder)
            ? new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
                f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'),
                f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal)
            : new(StringComparer.Ordinal);

    public static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(file => b.TryGetValue(file.Key, out var hash) && hash == file.Value);

    /// <summary>The names beside the output folder other than its own: what a build left behind.</summary>
    public static List<string> Beside(string output) =>
        [.. Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(output)!)
            .Select(Path.GetFileName).OfType<string>()
            .Where(name => name != Path.GetFileName(output))
            .Order(StringComparer.Ordinal)];
}
