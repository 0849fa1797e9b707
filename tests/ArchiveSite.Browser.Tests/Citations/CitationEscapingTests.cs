using System.Text.Json;
using ArchiveSite.Tests;

namespace ArchiveSite.Browser.Tests.Citations;

/// <summary>Titles full of LaTeX specials and non-ASCII text, and a version from site.yml, come back from citation-js as
/// written; the same input gives byte-identical citation files.</summary>
public sealed class CitationEscapingTests : IDisposable
{
    private const string Title = @"Fees & 50% cuts: $5 #1 for user_name {braced} ~tilde ^caret \backslash — Zürich 監視 “quoted”";
    private const string Summary = @"Costs of 100% & more: {a} } { ~ ^ \ $ # _ in a summary, with é and ß.";

    private readonly TempFolder _temp = new();
    private readonly string _input;

    public CitationEscapingTests()
    {
        _input = _temp.CopyFrom(RepositoryPaths.Fixture("minimal"), "input");
        File.AppendAllText(Path.Combine(_input, "site.yml"), "version: v1.2.0\n");
        File.WriteAllText(Path.Combine(_input, "digests", "2024", "special-characters.md"), $"""
            ---
            title: "{Title.Replace(@"\", @"\\", StringComparison.Ordinal)}"
            date: 2024-06-01
            summary: "{Summary.Replace(@"\", @"\\", StringComparison.Ordinal)}"
            tags: [privacy]
            sources:
              - outlet: Example Outlet
                title: "A report"
                published: 2024-06-02
            updated: 2024-07-01
            ---
            Body text.
            """);
    }

    [Fact]
    public async Task Specials_and_non_ascii_text_survive_every_format_with_the_version()
    {
        // Given the fixture with a digest titled with every LaTeX special, built with version v1.2.0 in site.yml
        var output = Build("site");

        // When citation-js reads its citation files
        var files = await CitationJs.ReadAsync(output);

        // Then the title, summary, dates and version come back as written, in each format
        foreach (var format in (string[])["bib", "ris", "json"])
        {
            var item = files[$"digests/special-characters/cite.{format}"];
            Assert.Equal(Title, CitationJs.Text(item, "title"));
            Assert.Equal(Summary, CitationJs.Text(item, "abstract"));
            Assert.Equal("2024-07-01", CitationJs.Date(item, "issued"));
            // RIS has no version field for a web page; its edition carries it.
            Assert.Equal("v1.2.0", CitationJs.Text(item, format == "ris" ? "edition" : "version"));
            Assert.Equal("https://example.test/repo/digests/special-characters/", CitationJs.Text(item, "URL"));
        }

        // And the BibTeX itself escapes each special (braces as commands, so the entry's braces stay balanced)
        var bib = await File.ReadAllTextAsync(Path.Combine(output, "digests", "special-characters", "cite.bib"), TestContext.Current.CancellationToken);
        Assert.Contains(@"{{Fees \& 50\% cuts: \$5 \#1 for user\_name \textbraceleft{}braced\textbraceright{} \textasciitilde{}tilde \textasciicircum{}caret \textbackslash{}backslash — Zürich 監視 “quoted”}}", bib, StringComparison.Ordinal);

        // And the version and the latest change are in the footer and the open data
        var home = await File.ReadAllTextAsync(Path.Combine(output, "index.html"), TestContext.Current.CancellationToken);
        Assert.Contains("""Version v1.2.0 · last changed <time datetime="2024-12-02">2 December 2024</time>""", home, StringComparison.Ordinal);
        var data = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(output, "data", "digests.json"), TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("v1.2.0", data.GetProperty("version").GetString());
        Assert.Equal("2024-12-02", data.GetProperty("last_changed").GetString());
        Assert.Equal("v1.2.0", CitationJs.Text(files["cite.json"], "version"));
    }

    [Fact]
    public void Rebuilding_the_same_input_gives_byte_identical_citation_files()
    {
        var first = Build("first");
        var second = Build("second");

        var names = CitationFiles(first);
        Assert.Equal(3 * 5, names.Count); // three files for each of the fixture's three published digests, the new one, and the archive
        Assert.Equal(names, CitationFiles(second));
        Assert.All(names, n => Assert.Equal(File.ReadAllBytes(Path.Combine(first, n)), File.ReadAllBytes(Path.Combine(second, n))));
    }

    public void Dispose() => _temp.Dispose();

    private string Build(string name)
    {
        var output = _temp.Combine(name);
        var result = SiteBuilds.Build(_input, output);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return output;
    }

    private static List<string> CitationFiles(string site) =>
        [.. Directory.EnumerateFiles(site, "cite.*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site, f)).Order(StringComparer.Ordinal)];
}
