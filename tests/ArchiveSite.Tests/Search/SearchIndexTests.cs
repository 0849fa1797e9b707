using System.Text.Json;
using HtmlAgilityPack;

namespace ArchiveSite.Tests.Search;

/// <summary>The sample archive built with search: Pagefind indexes the digest articles and nothing else, under the base path.</summary>
public sealed class SearchIndexTests(SearchIndexTests.BuiltSite site) : IClassFixture<SearchIndexTests.BuiltSite>
{
    [Fact]
    public void The_index_holds_exactly_one_page_per_digest()
    {
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "pagefind", "pagefind-entry.json")));

        var pages = entry.RootElement.GetProperty("languages").GetProperty("en").GetProperty("page_count").GetInt32();

        Assert.Equal(site.Result.Digests, pages);
        Assert.Equal(site.Result.Digests, Directory.GetDirectories(Path.Combine(site.Output, "digests")).Length);
    }

    [Fact]
    public void Only_digest_pages_mark_content_for_the_index_and_each_marks_its_article_once()
    {
        var marked = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(file => (Path: Path.GetRelativePath(site.Output, file).Replace('\\', '/'), Bodies: PagefindBodies(file)))
            .Where(page => page.Bodies.Count > 0)
            .ToList();

        Assert.Equal(site.Result.Digests, marked.Count);
        Assert.All(marked, page =>
        {
            Assert.StartsWith("digests/", page.Path);
            Assert.Equal("article", Assert.Single(page.Bodies).Name);
        });
    }

    [Fact]
    public void The_search_page_loads_the_bundle_from_under_the_base_path()
    {
        var page = new HtmlDocument();
        page.Load(Path.Combine(site.Output, "search", "index.html"));

        var form = page.GetElementbyId("search-form") ?? throw new InvalidOperationException("no #search-form on the search page");

        Assert.Equal("/repo/pagefind/", form.GetAttributeValue("data-bundle", ""));
        Assert.True(File.Exists(Path.Combine(site.Output, "pagefind", "pagefind.js")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(site.Output, "pagefind", "index")));
    }

    [Fact]
    public void A_search_build_reports_its_index_stage_in_two_parts_the_pages_still_queued_then_building_and_writing()
    {
        Assert.Contains(site.Result.Timings, t => t.Stage == "index search");

        var parts = site.Result.Parts.Where(p => p.Stage.StartsWith("index search: ", StringComparison.Ordinal)).Select(p => p.Stage);

        Assert.Equal(["index search: parse the pages still queued", "index search: build and write the index"], parts);
    }

    private static List<HtmlNode> PagefindBodies(string file)
    {
        var page = new HtmlDocument();
        page.Load(file);
        return [.. page.DocumentNode.Descendants().Where(n => n.Attributes.Contains("data-pagefind-body"))];
    }

    /// <summary>One search build of input/ under /repo/, shared by the tests above.</summary>
    public sealed class BuiltSite : IDisposable
    {
        private readonly TempFolder _temp = new();

        public BuiltSite()
        {
            Output = _temp.Combine("site");
            Result = SiteBuilds.Build(RepositoryPaths.Input, Output, "https://example.org/repo/", search: true);
            Assert.True(Result.Succeeded, string.Join('\n', Result.Diagnostics));
        }

        public string Output { get; }

        public BuildResult Result { get; }

        public void Dispose() => _temp.Dispose();
    }
}
