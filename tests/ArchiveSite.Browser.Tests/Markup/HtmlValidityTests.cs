using System.Text.Json;
using ArchiveSite.Tests;

namespace ArchiveSite.Browser.Tests.Markup;

/// <summary>One page of every kind of the sample site is valid HTML5 by the Nu Html Checker (the W3C validator's engine,
/// vnu-jar from npm), run once over all of them.</summary>
[Collection(SharedSampleSite.Name)]
public sealed class HtmlValidityTests(SampleSite site)
{
    /// <summary>Site paths of one page of each kind, the new story and correction pages included.</summary>
    private static readonly string[] Pages =
    [
        "index.html", "digests/sora-leak-artists-protest/index.html", "tags/index.html", "tags/artist-rights/index.html",
        "entities/index.html", "entities/openai/index.html", "archive/index.html", "archive/2024/index.html", "about/index.html",
        "search/index.html", "404.html", "stories/index.html", "stories/eu-ai-act/index.html", "corrections/index.html",
    ];

    private static string Checker => Path.Combine(RepositoryPaths.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public async Task Every_page_kind_is_valid_html()
    {
        Assert.True(File.Exists(Checker), $"{Checker} is missing: run 'npm ci' at the repository root");
        var files = Pages.Select(p => Path.Combine(site.Folder, p)).ToList();
        Assert.All(files, f => Assert.True(File.Exists(f), $"{f} was not built"));

        // vnu writes its JSON report to standard error.
        var report = (await ExternalTool.RunAsync("java", ["-jar", Checker, "--errors-only", "--format", "json", .. files], "install a Java runtime", TestContext.Current.CancellationToken)).Errors;

        var messages = JsonDocument.Parse(report).RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{Path.GetRelativePath(site.Folder, new Uri(m.GetProperty("url").GetString()!).LocalPath)}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(messages.Count == 0, "invalid HTML:\n" + string.Join('\n', messages));
    }
}
