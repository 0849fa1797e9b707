namespace ArchiveSite.Tests.Contributing;

/// <summary>What a merged pull request publishes: the real archive built for a project site and served under /repo/, as GitHub Pages serves it.</summary>
public class ProjectSiteCrawlTests
{
    [Fact]
    public async Task Given_the_archive_built_for_a_project_site_When_crawled_from_the_home_page_Then_no_link_or_asset_is_broken_or_escapes_the_base_path()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        await using var server = new StaticSiteServer(output, "/repo");
        // Search on: the search page fetches Pagefind's bundle at run time, the classic place for a hard-coded "/pagefind/".
        var build = SiteBuilds.Build(RepositoryPaths.Input, output, server.BaseUrl, search: true);
        Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics));
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var crawler = new SiteCrawler(http, new Uri(server.BaseUrl));

        // GitHub Pages answers any missing URL with 404.html, at any depth: its links must not be relative.
        await crawler.RunAsync([new Uri(server.BaseUrl + "no/such/page/")], cancel);

        Assert.Empty(crawler.Broken);
        Assert.Empty(crawler.Escaping);
        Assert.Equal(build.Pages, crawler.Pages.Count(p => p != "/repo/no/such/page/"));
        Assert.Contains("/repo/digests/sora-leak-artists-protest/", crawler.Pages);
        Assert.Contains("/repo/search/", crawler.Pages);
        Assert.Contains("/repo/pagefind/pagefind.js", crawler.Fetched);
        Assert.Contains("/repo/feed.xml", crawler.Fetched);
    }

    [Fact]
    public async Task Given_a_page_with_a_root_relative_link_and_a_missing_asset_When_crawled_Then_both_are_reported()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("index.html"), "<a href=\"/tags/\">themes</a><img src=\"missing.png\" alt=\"\"><a href=\"#top\">top</a><a href=\"https://example.org/\">out</a>");
        await using var server = new StaticSiteServer(temp.Path, "/repo");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var crawler = new SiteCrawler(http, new Uri(server.BaseUrl));

        await crawler.RunAsync([], TestContext.Current.CancellationToken);

        Assert.Equal(["/repo/ → /tags/"], crawler.Escaping);
        Assert.Equal(["/repo/ → /repo/missing.png (404)"], crawler.Broken);
    }
}
