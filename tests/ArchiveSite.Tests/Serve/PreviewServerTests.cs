using System.Net;
using System.Text.Json;
using ArchiveSite.Cli.Serve;

namespace ArchiveSite.Tests.Serve;

public class PreviewServerTests
{
    [Fact]
    public async Task Given_a_running_preview_When_a_digest_title_is_saved_Then_the_new_title_is_served_and_an_unrelated_page_is_not_rewritten()
    {
        await using var preview = await PreviewHarness.StartAsync();
        var edited = preview.Archive.Digests[0];
        var page = preview.SitePath($"digests/{TestArchive.Slug(edited)}/");
        var unrelated = Path.Combine(preview.Server.OutputFolder, "digests", TestArchive.Slug(preview.Archive.UnrelatedTo(edited)), "index.html");
        var (before, bytes) = (File.GetLastWriteTimeUtc(unrelated), File.ReadAllBytes(unrelated));

        TestArchive.SetTitle(edited, "A title saved while the preview runs");

        Assert.True(await PreviewHarness.Eventually(async () => PreviewHarness.Title((await preview.GetHtml(page)).Html) == "A title saved while the preview runs"), preview.Log);
        Assert.Equal(before, File.GetLastWriteTimeUtc(unrelated));
        Assert.Equal(bytes, File.ReadAllBytes(unrelated));
    }

    [Fact]
    public async Task Given_a_running_preview_When_the_yaml_breaks_Then_every_page_shows_the_error_with_its_position_until_it_is_fixed()
    {
        await using var preview = await PreviewHarness.StartAsync();
        var file = preview.Archive.Digests[0];
        var good = File.ReadAllText(file);
        var page = preview.SitePath($"digests/{TestArchive.Slug(file)}/");
        var title = PreviewHarness.Title((await preview.GetHtml(page)).Html);

        var line = TestArchive.BreakYaml(file);

        Assert.True(await PreviewHarness.Eventually(async () => (await preview.GetHtml(page)).Status == HttpStatusCode.InternalServerError), preview.Log);
        var (status, html) = await preview.GetHtml(preview.SitePath("tags/"));
        Assert.Equal(HttpStatusCode.InternalServerError, status);
        var error = Assert.Single(PreviewHarness.Nodes(html.DocumentNode, "//ol[@class='diagnostics']/li[@class='error']"));
        var location = PreviewHarness.Node(error, "code[@class='location']").InnerText;
        Assert.EndsWith($"{Path.GetFileName(file)}:{line}:7", location);
        Assert.Equal("AS0102", PreviewHarness.Node(error, "code[@class='code']").InnerText);
        Assert.Contains("YAML syntax error", WebUtility.HtmlDecode(PreviewHarness.Node(error, "span[@class='message']").InnerText), StringComparison.Ordinal);
        Assert.NotNull(html.DocumentNode.SelectSingleNode($"//script[@src='{LiveReloadScript.Path}']"));

        File.WriteAllText(file, good);

        Assert.True(await PreviewHarness.Eventually(async () => (await preview.GetHtml(page)) is { Status: HttpStatusCode.OK } result && PreviewHarness.Title(result.Html) == title), preview.Log);
    }

    [Fact]
    public async Task Given_a_page_listening_for_events_When_a_digest_and_then_the_stylesheet_are_saved_Then_it_is_told_to_reload_and_then_to_swap_the_stylesheet()
    {
        await using var preview = await PreviewHarness.StartAsync(copyTheme: true);
        using var events = await EventSourceClient.OpenAsync(preview.Client, LiveReload.EventsPath);
        Assert.NotNull(await events.Next("hello", PreviewHarness.Patience));
        var edited = preview.Archive.Digests[0];

        TestArchive.SetTitle(edited, "A title that makes the page reload");

        var reload = await events.Next("reload", PreviewHarness.Patience);
        Assert.NotNull(reload);
        Assert.Contains(preview.SitePath($"digests/{TestArchive.Slug(edited)}/"), JsonDocument.Parse(reload).RootElement.GetProperty("paths").EnumerateArray().Select(p => p.GetString()));

        TestArchive.Edit(Path.Combine(preview.Archive.Theme, "assets", "site.css"), css => css + "\n.saved-in-a-test { color: teal; }\n");

        var swap = await events.Next("css", PreviewHarness.Patience);
        Assert.NotNull(swap);
        var sheet = Assert.Single(JsonDocument.Parse(swap).RootElement.GetProperty("stylesheets").EnumerateArray()).GetString()!;
        Assert.Matches(@"/assets/site\.[0-9a-f]{10}\.css$", sheet);
        using var served = await preview.Client.GetAsync(sheet, TestContext.Current.CancellationToken);
        Assert.Contains(".saved-in-a-test", await served.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_base_path_When_pages_are_requested_Then_they_are_served_under_it_with_local_canonical_links_and_github_pages_rules()
    {
        await using var preview = await PreviewHarness.StartAsync(baseUrl: "https://user.github.io/repo/");
        var client = preview.Client;

        using var root = await client.GetAsync("/", TestContext.Current.CancellationToken);
        var (status, home) = await preview.GetHtml("/repo/");
        using var folder = await client.GetAsync("/repo/tags", TestContext.Current.CancellationToken);
        var (missingStatus, missing) = await preview.GetHtml("/repo/no-such-page/");
        using var feed = await client.GetAsync("/repo/feed.xml", TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.Redirect, "/repo/"), (root.StatusCode, root.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($"{preview.Server.Origin}repo/", PreviewHarness.Node(home.DocumentNode, "//link[@rel='canonical']").GetAttributeValue("href", ""));
        Assert.Equal((HttpStatusCode.MovedPermanently, "/repo/tags/"), (folder.StatusCode, folder.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.NotFound, missingStatus);
        Assert.Equal("Page not found", PreviewHarness.Title(missing));
        Assert.Equal("application/xml", feed.Content.Headers.ContentType?.MediaType);
        var stylesheet = PreviewHarness.Node(home.DocumentNode, "//link[@rel='stylesheet']").GetAttributeValue("href", "");
        using var css = await client.GetAsync(stylesheet, TestContext.Current.CancellationToken);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Given_a_served_page_Then_the_live_reload_script_is_in_the_response_but_never_in_the_file_on_disk()
    {
        await using var preview = await PreviewHarness.StartAsync();

        var (_, home) = await preview.GetHtml(preview.SitePath(""));
        using var script = await preview.Client.GetAsync(LiveReloadScript.Path, TestContext.Current.CancellationToken);

        Assert.NotNull(home.DocumentNode.SelectSingleNode($"/html/body/script[@src='{LiveReloadScript.Path}']"));
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("__archivesite", File.ReadAllText(Path.Combine(preview.Server.OutputFolder, "index.html")), StringComparison.Ordinal);
    }
}
