namespace ArchiveSite.Tests.Robustness;

/// <summary>One case of tests/hostile/: its input files, what to make at test time, and the output it should give.</summary>
/// <remarks>
/// A case is named by its <c>NAME.expected</c> file. Beside it: <c>NAME.md</c> (a digest, dropped in as
/// input/digests/2024/NAME.md), <c>NAME.tags.yml</c>, <c>NAME.entities.yml</c>, <c>NAME.site.yml</c> (each replaces the
/// archive's own) and <c>NAME.setup</c>, one directive a line, for what git cannot hold (tests/hostile/README.md).
/// </remarks>
public sealed record HostileCase(string Name, string Folder)
{
    public static string CorpusFolder => Path.Combine(RepositoryPaths.Root, "tests", "hostile");

    public static IReadOnlyList<string> All =>
        [.. Directory.EnumerateFiles(CorpusFolder, "*.expected").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!];

    public static HostileCase Load(string name) => new(name, CorpusFolder);

    public string ExpectedFile => Path.Combine(Folder, Name + ".expected");

    /// <summary>The digest's bytes, exactly as stored (BOM, CRLF and invalid UTF-8 included), or null for a case without one.</summary>
    public byte[]? Digest => Read(".md");

    public byte[]? Replacement(string dataFile) => Read("." + dataFile);

    /// <summary>The setup directives: (verb, rest of the line), comments and blank lines left out.</summary>
    public IReadOnlyList<(string Verb, string Argument)> Setup =>
        Read(".setup") is not { } bytes ? []
        : [.. System.Text.Encoding.UTF8.GetString(bytes).Split('\n')
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 2) is [var verb, var rest] ? (verb, rest) : (l, ""))];

    /// <summary>The comment lines at the top of the expected file: why the case exists. Kept when it is re-recorded.</summary>
    public IReadOnlyList<string> About => [.. ExpectedLines.TakeWhile(l => l.StartsWith('#'))];

    /// <summary>True when a person wrote the expected output (what the fixed tool should print), so accepting leaves it.</summary>
    public bool IsHandWritten => About.Any(l => l.StartsWith("# hand-written", StringComparison.Ordinal));

    /// <summary>The expected file without its comment lines, or null when only the comment has been written so far.</summary>
    public string? Expected
    {
        get
        {
            var body = ExpectedLines.SkipWhile(l => l.StartsWith('#')).ToList();
            return body.Count == 0 ? null : string.Join('\n', body);
        }
    }

    private IEnumerable<string> ExpectedLines => File.ReadAllText(ExpectedFile).TrimEnd('\n').Split('\n');

    private byte[]? Read(string suffix)
    {
        var path = Path.Combine(Folder, Name + suffix);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }
}
