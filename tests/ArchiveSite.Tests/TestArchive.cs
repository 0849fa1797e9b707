using System.Text.RegularExpressions;
using ArchiveSite.Archiving;
using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using ArchiveSite.Model;

namespace ArchiveSite.Tests;

/// <summary>A temp copy of the real input/ (and, when a test edits it, theme/) for tests that change files and watch the site follow.</summary>
public sealed partial class TestArchive : IDisposable
{
    /// <summary>The date the tests treat as today, as <see cref="SiteBuilds"/> does.</summary>
    public static readonly DateOnly Today = new(2026, 12, 1);

    private readonly TempFolder _temp = new();

    public TestArchive(bool copyTheme = false)
    {
        Input = _temp.CopyFrom(RepositoryPaths.Input, "input");
        Theme = copyTheme ? _temp.CopyFrom(RepositoryPaths.Theme, "theme") : RepositoryPaths.Theme;
        Output = _temp.Combine("output");
    }

    public string Input { get; }

    public string Theme { get; }

    public string Output { get; }

    public string Combine(params string[] parts) => _temp.Combine(parts);

    public BuildOptions Options(string? output = null, string? baseUrl = null) =>
        new(Input, Theme, output ?? Output, baseUrl is null ? null : new Uri(baseUrl), Drafts: false, Search: false, Today: Today);

    /// <summary>Every digest file, sorted.</summary>
    public IReadOnlyList<string> Digests =>
        [.. Directory.EnumerateFiles(Path.Combine(Input, "digests"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    public static string Slug(string digestFile) => Path.GetFileNameWithoutExtension(digestFile);

    /// <summary>The archive as a full build reads it, to choose digests by how they relate.</summary>
    public Archive Model()
    {
        var diagnostics = new DiagnosticBag();
        var input = InputReader.Read(Input, false, diagnostics)!;
        return ArchiveBuilder.Build(input, Today, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToSortedList()));
    }

    /// <summary>A digest other than <paramref name="edited"/> whose page does not show it (not among its related digests).</summary>
    public string UnrelatedTo(string edited)
    {
        var archive = Model();
        var digest = archive.Find(Slug(edited))!;
        return Digests.First(f => Slug(f) != digest.Slug
            && !archive.RelatedTo(archive.Find(Slug(f))!).Contains(digest)
            && !archive.RelatedTo(digest).Any(r => r.Slug == Slug(f)));
    }

    public static void SetTitle(string digestFile, string title) =>
        Edit(digestFile, text => TitleLine().Replace(text, $"title: \"{title}\"", 1));

    /// <summary>Makes the date line invalid YAML; returns its line number.</summary>
    public static int BreakYaml(string digestFile)
    {
        var lines = File.ReadAllLines(digestFile);
        var at = Array.FindIndex(lines, l => l.StartsWith("date: ", StringComparison.Ordinal));
        lines[at] = "date: : 2024-01-01";
        File.WriteAllLines(digestFile, lines);
        return at + 1;
    }

    public static void Edit(string file, Func<string, string> change) => File.WriteAllText(file, change(File.ReadAllText(file)));

    public void Dispose() => _temp.Dispose();

    [GeneratedRegex("^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
