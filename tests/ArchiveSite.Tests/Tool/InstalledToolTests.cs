using ArchiveSite.Diagnostics;
using ArchiveSite.Tests.Contributing;
using HtmlAgilityPack;

namespace ArchiveSite.Tests.Tool;

/// <summary>What README's "Start your own archive" promises, run with the packed and installed tool: init, build, crawl,
/// override a partial, eject built-in files.</summary>
public class InstalledToolTests(InstalledTool tool) : IClassFixture<InstalledTool>
{
    [Fact]
    public void Given_the_installed_tool_When_asked_for_its_version_Then_it_prints_the_package_version()
    {
        var outcome = tool.Run(Path.GetTempPath(), "--version");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(tool.Version, outcome.Stdout.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+$", tool.Version);
        Assert.True(File.Exists(Path.Combine(tool.Packages, $"ArchiveSite.{tool.Version}.nupkg")));
    }

    [Fact]
    public async Task Given_a_new_archive_When_built_with_the_installed_tool_and_crawled_Then_no_link_or_asset_is_broken()
    {
        using var temp = new TempFolder();
        var site = Init(temp, "archive");
        await using var server = new StaticSiteServer(Path.Combine(site, "output"), "/ai-archive");

        var check = tool.Run(site, "check");
        var build = tool.Run(site, "build", "--no-search", "--base-url", server.BaseUrl);

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("0 errors, 0 warnings", check.Stderr, StringComparison.Ordinal);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("0 errors, 0 warnings", build.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site, "theme")));
        var crawler = await Crawl(server);
        Assert.Contains("/ai-archive/digests/example-digest/", crawler.Pages);
        Assert.Contains("/ai-archive/stories/building-this-archive/", crawler.Pages);
        Assert.Contains("/ai-archive/about/", crawler.Pages);
        Assert.Contains(crawler.Fetched, p => p.StartsWith("/ai-archive/assets/site.", StringComparison.Ordinal) && p.EndsWith(".css", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_a_new_archive_with_Pagefind_in_node_modules_When_built_with_search_Then_the_search_page_finds_its_index()
    {
        using var temp = new TempFolder();
        var site = Init(temp, "archive");

        // The package.json init wrote pins the Pagefind the repository's node_modules holds (npm ci has installed it):
        // linked, the build finds it where `npm install` would have put it, with no download.
        Directory.CreateSymbolicLink(Path.Combine(site, "node_modules"), Path.Combine(RepositoryPaths.Root, "node_modules"));
        await using var server = new StaticSiteServer(Path.Combine(site, "output"), "/ai-archive");
        var build = tool.Run(site, "build", "--base-url", server.BaseUrl);

        Assert.True(build.ExitCode == 0, build.ToString());
        var crawler = await Crawl(server);
        Assert.Contains("/ai-archive/search/", crawler.Pages);
        Assert.Contains("/ai-archive/pagefind/pagefind.js", crawler.Fetched);
    }

    [Fact]
    public void Given_a_new_archive_on_a_machine_without_Node_When_built_with_search_Then_one_line_says_what_to_install_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var site = Init(temp, "archive");

        // No npm on the PATH, and no node_modules yet: the first build with search would install Pagefind with npm.
        var build = tool.Run(site, new Dictionary<string, string> { ["PATH"] = temp.Combine("no-tools-here") }, "build");

        Assert.Equal(1, build.ExitCode);
        Assert.Contains($"error {DiagnosticCodes.NodeMissing.Id}: ", build.Stdout + build.Stderr, StringComparison.Ordinal);
        Assert.Contains("--no-search", build.Stdout + build.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site, "output")));
    }

    [Fact]
    public void Given_a_site_without_package_json_When_built_with_search_Then_the_error_says_how_to_pin_Pagefind()
    {
        using var temp = new TempFolder();
        var site = Init(temp, "archive");
        File.Delete(Path.Combine(site, "package.json"));

        var build = tool.Run(site, "build");

        Assert.Equal(1, build.ExitCode);
        Assert.Contains($"error {DiagnosticCodes.NoPackageJson.Id}: ", build.Stdout + build.Stderr, StringComparison.Ordinal);
        Assert.Contains("archivesite init", build.Stdout + build.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_an_ejected_and_edited_partial_When_built_Then_every_page_shows_the_override_and_nothing_is_broken()
    {
        using var temp = new TempFolder();
        var site = Init(temp, "archive");
        var eject = tool.Run(site, "theme", "eject", "partials/footer.liquid");
        var footer = Path.Combine(site, "theme", "partials", "footer.liquid");
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("<footer", "<footer data-curated=\"our-footer\"", StringComparison.Ordinal));
        await using var server = new StaticSiteServer(Path.Combine(site, "output"), "/ai-archive");

        var build = tool.Run(site, "build", "--no-search", "--base-url", server.BaseUrl);

        Assert.True(eject.ExitCode == 0, eject.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());
        var pages = Directory.GetFiles(Path.Combine(site, "output"), "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.True(Html(page).DocumentNode.SelectSingleNode("//footer[@data-curated='our-footer']") is not null, page));
        await Crawl(server);
        var list = tool.Run(site, "theme", "list");
        Assert.Contains(list.Stdout.Split('\n'), l => l.StartsWith("partials/footer.liquid", StringComparison.Ordinal) && l.Contains("overridden by theme/partials/footer.liquid", StringComparison.Ordinal));
        Assert.Contains(list.Stdout.Split('\n'), l => l.StartsWith("partials/header.liquid", StringComparison.Ordinal) && l.Contains("built-in", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_an_override_with_a_liquid_syntax_error_When_built_Then_the_error_is_located_at_the_override_and_no_site_is_written()
    {
        using var temp = new TempFolder();
        var site = Init(temp, "archive");
        Directory.CreateDirectory(Path.Combine(site, "theme", "partials"));
        File.WriteAllText(Path.Combine(site, "theme", "partials", "header.liquid"), "<header>\n  {% for %}\n</header>\n");

        var build = tool.Run(site, "build", "--no-search");

        Assert.Equal(1, build.ExitCode);
        Assert.Matches($@"(?m)^theme/partials/header\.liquid:2:\d+: error {DiagnosticCodes.TemplateSyntax.Id}: ", build.Stdout + build.Stderr);
        Assert.False(Directory.Exists(Path.Combine(site, "output")));
    }

    [Fact]
    public void Given_built_in_files_When_ejected_Then_they_are_copied_byte_for_byte_and_an_existing_file_is_kept_unless_forced()
    {
        using var temp = new TempFolder();
        var site = Init(temp, "archive");
        var footer = Path.Combine(site, "theme", "partials", "footer.liquid");
        var css = Path.Combine(site, "theme", "assets", "site.css");

        var first = tool.Run(site, "theme", "eject", "partials/footer.liquid", "assets/site.css");
        var copied = File.ReadAllBytes(footer);
        File.WriteAllText(footer, "<footer>mine</footer>\n");
        var again = tool.Run(site, "theme", "eject", "partials/footer.liquid");
        var kept = File.ReadAllText(footer);
        var forced = tool.Run(site, "theme", "eject", "--force", "partials/footer.liquid");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.Theme, "partials", "footer.liquid")), copied);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.Theme, "assets", "site.css")), File.ReadAllBytes(css));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("--force", again.Stderr, StringComparison.Ordinal);
        Assert.Equal("<footer>mine</footer>\n", kept);
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Equal(copied, File.ReadAllBytes(footer));
    }

    [Fact]
    public void Given_a_name_the_built_in_theme_lacks_When_ejected_Then_it_is_a_usage_error_with_a_suggestion_and_nothing_is_copied()
    {
        using var temp = new TempFolder();
        var site = Init(temp, "archive");

        var outcome = tool.Run(site, "theme", "eject", "partials/fotter.liquid");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("did you mean 'partials/footer.liquid'?", outcome.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site, "theme")));
    }

    [Fact]
    public void Given_a_folder_that_is_not_empty_When_init_runs_there_Then_it_refuses_and_leaves_the_folder_as_it_was()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("busy");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");

        var outcome = tool.Run(temp.Path, "init", "busy");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("'busy' is not empty", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    private string Init(TempFolder temp, string name)
    {
        var outcome = tool.Run(temp.Path, "init", name, "--title", "AI: an archive of \"our\" stories", "--repository", "example/ai-archive");
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        return temp.Combine(name);
    }

    private static async Task<SiteCrawler> Crawl(StaticSiteServer server)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var crawler = new SiteCrawler(http, new Uri(server.BaseUrl));
        await crawler.RunAsync([new Uri(server.BaseUrl + "no/such/page/")], TestContext.Current.CancellationToken);
        Assert.Empty(crawler.Broken);
        Assert.Empty(crawler.Escaping);
        return crawler;
    }

    private static HtmlDocument Html(string file)
    {
        var document = new HtmlDocument();
        document.Load(file);
        return document;
    }
}
