namespace ArchiveSite.Tests;

/// <summary>Compares built sites file by file, leaving out what is not part of the site (the output marker, the search index).</summary>
public static class SiteFolders
{
    public static SortedDictionary<string, byte[]> Read(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), File: f))
            .Where(f => f.Path != ".archivesite-output" && !f.Path.StartsWith("pagefind/", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => File.ReadAllBytes(f.File)), StringComparer.Ordinal);

    /// <summary>Asserts both folders hold the same files with the same bytes, naming the first difference.</summary>
    public static void AssertSame(string expectedFolder, string actualFolder)
    {
        var expected = Read(expectedFolder);
        var actual = Read(actualFolder);
        Assert.Equal(expected.Keys, actual.Keys);
        var different = expected.Keys.Where(k => !expected[k].AsSpan().SequenceEqual(actual[k])).ToList();
        Assert.True(different.Count == 0, $"files differ from a full build: {string.Join(", ", different.Take(10))}");
    }
}
