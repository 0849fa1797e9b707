using System.Text.Json;
using ArchiveSite.Tests;

namespace ArchiveSite.Browser.Tests.Citations;

/// <summary>Reads a built site's citation files with citation-js (npm, pinned in package.json) through read-citations.cjs:
/// what a reference manager built on it would import, as CSL-JSON items by site path.</summary>
public static class CitationJs
{
    private static string Script => Path.Combine(RepositoryPaths.Root, "tests", "ArchiveSite.Browser.Tests", "Citations", "read-citations.cjs");

    private static string Module => Path.Combine(RepositoryPaths.Root, "node_modules", "citation-js", "package.json");

    /// <summary>Every cite.bib, cite.ris and cite.json under <paramref name="site"/>, parsed; fails on any parse problem.</summary>
    public static async Task<IReadOnlyDictionary<string, JsonElement>> ReadAsync(string site)
    {
        Assert.True(File.Exists(Module), $"{Module} is missing: run 'npm ci' at the repository root");
        var node = await ExternalTool.RunAsync("node", [Script, site], "install Node.js", TestContext.Current.CancellationToken);
        Assert.True(node.ExitCode == 0, $"read-citations.cjs failed ({node.ExitCode}):\n{node.Errors}");
        var output = node.Output;

        var root = JsonDocument.Parse(output).RootElement;
        var problems = root.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.True(problems.Count == 0, "citation-js reported:\n" + string.Join('\n', problems));
        return root.GetProperty("files").EnumerateArray().ToDictionary(
            f => f.GetProperty("path").GetString()!,
            f => Assert.Single(f.GetProperty("items").EnumerateArray().ToList()),
            StringComparer.Ordinal);
    }

    /// <summary>A CSL date variable as yyyy-MM-dd, or null when the item has none.</summary>
    public static string? Date(JsonElement item, string variable) =>
        item.TryGetProperty(variable, out var date)
            ? string.Join('-', date.GetProperty("date-parts")[0].EnumerateArray().Select((p, i) => i == 0 ? $"{p.GetInt32():D4}" : $"{p.GetInt32():D2}"))
            : null;

    public static string? Text(JsonElement item, string variable) =>
        item.TryGetProperty(variable, out var value) ? value.GetString() : null;

    /// <summary>The one author's name as a reference manager would show it: a literal, or a family name with no given name.</summary>
    public static string Author(JsonElement item)
    {
        var author = Assert.Single(item.GetProperty("author").EnumerateArray().ToList());
        if (author.TryGetProperty("literal", out var literal))
        {
            return literal.GetString()!;
        }

        Assert.True(!author.TryGetProperty("given", out var given) || given.GetString() is null or "", $"the archive was split into names: {author}");
        return author.GetProperty("family").GetString()!;
    }
}
