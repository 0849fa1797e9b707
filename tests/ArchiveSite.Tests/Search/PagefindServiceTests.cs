using System.Text.Json.Nodes;
using ArchiveSite.Diagnostics;
using ArchiveSite.Search;

namespace ArchiveSite.Tests.Search;

/// <summary>Our client of Pagefind's service against the real pagefind_extended that package.json pins, each index read
/// back with Pagefind's own JavaScript (pagefind-query.mjs, in Node): what a reader's browser would run.</summary>
public sealed class PagefindServiceTests(SearchIndexTests.BuiltSite site) : IClassFixture<SearchIndexTests.BuiltSite>
{
    private static readonly string[] SampleQueries = ["consent", "copyright", "facial recognition", "strike", "work|theme=Labour", "*|sort"];

    [Fact]
    public async Task Given_two_pages_sent_from_memory_When_the_index_is_written_Then_Pagefind_finds_each_by_its_words_filters_and_date()
    {
        using var temp = new TempFolder();
        var bundle = temp.Combine("pagefind");
        IndexPages(
            [
                ("news/lighthouse/index.html", Page("Lighthouse keepers strike", "The keepers of the coast's lighthouses stopped work over pay.", "2024", "2024-05-03")),
                ("news/harbour/index.html", Page("Harbour pilots join them", "A week later the harbour pilots stopped work as well.", "2025", "2025-01-10")),
            ],
            bundle);

        var answers = await QueryAsync(bundle, "lighthouses", "work", "work|year=2025", "*|sort");

        var found = Assert.Single(answers["queries"]!["lighthouses"]!.AsArray());
        Assert.Equal("/news/lighthouse/", (string?)found!["url"]);
        Assert.Equal("Lighthouse keepers strike", (string?)found["title"]);
        Assert.Equal("3 May 2024", (string?)found["date"]);
        Assert.Equal(2, answers["queries"]!["work"]!.AsArray().Count);
        Assert.Equal("/news/harbour/", (string?)Assert.Single(answers["queries"]!["work|year=2025"]!.AsArray())!["url"]);
        Assert.Equal(["/news/harbour/", "/news/lighthouse/"], answers["queries"]!["*|sort"]!.AsArray().Select(r => (string?)r!["url"]));
        Assert.Equal(1, (int?)answers["filters"]!["year"]!["2024"]);
        Assert.Equal(1, (int?)answers["filters"]!["year"]!["2025"]);
    }

    [Fact]
    public async Task Given_the_sample_archive_built_with_search_When_Pagefind_indexes_the_same_pages_from_disk_Then_both_indexes_answer_alike()
    {
        using var temp = new TempFolder();
        var fromDisk = temp.Combine("from-disk");
        string[] arguments = ["--site", site.Output, "--glob", "digests/**/*.html", "--output-path", fromDisk, "--force-language", "en", "--quiet"];
        var run = await ExternalTool.RunAsync(Binary(), arguments, "npm ci", TestContext.Current.CancellationToken);
        Assert.True(run.ExitCode == 0, run.Output + run.Errors);

        var ours = await QueryAsync(Path.Combine(site.Output, "pagefind"), SampleQueries);
        var theirs = await QueryAsync(fromDisk, SampleQueries);

        Assert.Equal(Normalised(theirs["filters"]!), Normalised(ours["filters"]!));
        foreach (var query in SampleQueries)
        {
            // Pages are numbered in the order Pagefind met them (ours in the plan's order, the CLI's as the folder lists them), so
            // results of equal rank may come in another order: compare them as sets, and the dates of the sorted list in order.
            var expected = Results(theirs, query);
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Order(StringComparer.Ordinal), Results(ours, query).Order(StringComparer.Ordinal));
        }

        Assert.Equal(Dates(theirs), Dates(ours));
    }

    [Fact]
    public void Given_the_sample_archive_digest_pages_When_sent_whole_or_only_the_part_Pagefind_reads_Then_the_index_is_the_same_bytes()
    {
        using var temp = new TempFolder();
        var pages = Directory.EnumerateFiles(Path.Combine(site.Output, "digests"), "index.html", SearchOption.AllDirectories)
            .Select(file => (File: Path.GetRelativePath(site.Output, file).Replace('\\', '/'), Html: File.ReadAllText(file)))
            .Where(page => page.File.Count(c => c == '/') == 2)
            .OrderBy(page => page.File, StringComparer.Ordinal)
            .ToList();

        IndexPages(pages, temp.Combine("whole"));
        IndexPages([.. pages.Select(p => (p.File, IndexedHtml.Of(p.Html)))], temp.Combine("part"));

        Assert.Equal(site.Result.Digests, pages.Count);
        Assert.True(pages.Sum(p => IndexedHtml.Of(p.Html).Length) < 0.7 * pages.Sum(p => p.Html.Length), "the part sent is not smaller");
        var files = Directory.EnumerateFiles(temp.Combine("whole"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp.Combine("whole"), f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.EnumerateFiles(temp.Combine("part"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(temp.Combine("part"), f)).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(temp.Combine("whole", f)), File.ReadAllBytes(temp.Combine("part", f))));
    }

    [Fact]
    public void Given_a_search_build_When_it_is_built_again_Then_the_index_is_the_same_bytes()
    {
        using var temp = new TempFolder();
        var again = SiteBuilds.Build(RepositoryPaths.Input, temp.Combine("site"), "https://example.org/repo/", search: true);

        Assert.True(again.Succeeded, string.Join('\n', again.Diagnostics));
        var first = Path.Combine(site.Output, "pagefind");
        var second = temp.Combine("site", "pagefind");
        var files = Directory.EnumerateFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.EnumerateFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(first, f)), File.ReadAllBytes(Path.Combine(second, f))));
    }

    internal static string Binary() =>
        PagefindLocator.Find([RepositoryPaths.Root], new DiagnosticBag()) ?? throw new InvalidOperationException("Pagefind is not installed: run npm ci");

    /// <summary>Sends <paramref name="pages"/> in order to a new service index and has it write the bundle to <paramref name="bundle"/>.</summary>
    private static void IndexPages(IReadOnlyList<(string File, string Html)> pages, string bundle)
    {
        using var service = PagefindService.Start(Binary(), TimeSpan.FromMinutes(2), out var failure) ?? throw new InvalidOperationException(failure?.Message);
        var created = PagefindService.Wait(service.Request("NewIndex", w =>
        {
            w.WriteStartObject("config");
            w.WriteString("force_language", "en");
            w.WriteEndObject();
        }, "creating the index"));
        var index = created?.Number("index_id") ?? throw new InvalidOperationException(service.Failure?.Message);
        foreach (var (file, html) in pages)
        {
            var id = service.NextId();
            service.Post(id, PagefindMessages.Frame(id, "AddFile", w =>
            {
                w.WriteNumber("index_id", index);
                w.WriteString("file_path", file);
                w.WriteString("file_contents", html);
            }), "indexing " + file);
        }

        var written = PagefindService.Wait(service.Request("WriteFiles", w =>
        {
            w.WriteNumber("index_id", index);
            w.WriteString("output_path", bundle);
        }, "writing the index"));

        Assert.Null(service.Failure);
        Assert.Equal("WriteFiles", written?.Type);
    }

    private static string Page(string title, string text, string year, string date) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><title>{title} | Test</title></head>
        <body><nav><a href="/">Home of the keepers</a></nav>
        <article data-pagefind-body><h1>{title}</h1><p>{text}</p></article>
        <span data-pagefind-filter="year:{year}"></span><span data-pagefind-meta="date:{DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture):d MMMM yyyy}"></span>
        <span data-pagefind-sort="date:{date}"></span>
        <footer>Footer words</footer></body></html>
        """;

    private static async Task<JsonNode> QueryAsync(string bundle, params string[] queries)
    {
        var script = Path.Combine(RepositoryPaths.Root, "tests", "ArchiveSite.Tests", "Search", "pagefind-query.mjs");
        var run = await ExternalTool.RunAsync("node", [script, bundle, .. queries], "apt-get install nodejs", TestContext.Current.CancellationToken);
        Assert.True(run.ExitCode == 0, run.Errors);
        return JsonNode.Parse(run.Output) ?? throw new InvalidOperationException("no output from pagefind-query.mjs");
    }

    private static List<string> Results(JsonNode answers, string query) =>
        [.. answers["queries"]![query]!.AsArray().Select(r => r!.ToJsonString())];

    private static List<string?> Dates(JsonNode answers) =>
        [.. answers["queries"]!["*|sort"]!.AsArray().Select(r => (string?)r!["date"])];

    private static string Normalised(JsonNode node) => node.ToJsonString();
}
