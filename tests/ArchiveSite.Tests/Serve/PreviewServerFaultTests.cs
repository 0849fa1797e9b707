using System.Net;

namespace ArchiveSite.Tests.Serve;

/// <summary>serve when an update or the search throws: the internal-error page and one log line, and the next good save recovers.</summary>
public class PreviewServerFaultTests
{
    [Fact]
    public async Task Given_an_update_that_throws_When_the_next_save_succeeds_Then_the_error_page_gives_way_to_the_new_page()
    {
        var faults = new FaultySessions();
        await using var preview = await PreviewHarness.StartAsync(wrap: faults.Wrap);
        var edited = preview.Archive.Digests[0];
        var page = preview.SitePath($"digests/{TestArchive.Slug(edited)}/");
        faults.FailUpdates = true;

        TestArchive.SetTitle(edited, "A title saved while updates fail");

        Assert.True(await PreviewHarness.Eventually(async () => PreviewHarness.Title((await preview.GetHtml(page)).Html) == "Internal error"), preview.Log);
        var (status, html) = await preview.GetHtml(preview.SitePath("tags/"));
        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("System.InvalidOperationException: injected update failure", PreviewHarness.Node(html.DocumentNode, "//code[@class='internal-error']").InnerText);
        Assert.Contains(
            "Update failed: internal error: System.InvalidOperationException: injected update failure; pages show it until the next save rebuilds the site.",
            preview.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", preview.Log, StringComparison.Ordinal);

        faults.FailUpdates = false;
        TestArchive.SetTitle(edited, "A title saved once updates work again");

        Assert.True(await PreviewHarness.Eventually(async () => (await preview.GetHtml(page)) is { Status: HttpStatusCode.OK } result
            && PreviewHarness.Title(result.Html) == "A title saved once updates work again"), preview.Log);
        // Each failed session is replaced, not trusted again: one new session per failed update (one save may be seen as
        // two batches of changes on a slow machine, and each fails while updates fail).
        Assert.True(faults.FailedUpdates >= 1);
        Assert.Equal(1 + faults.FailedUpdates, faults.Sessions);
    }

    [Fact]
    public async Task Given_the_background_search_throws_When_the_next_save_succeeds_Then_the_error_page_gives_way_and_the_search_runs_again()
    {
        var faults = new FaultySessions { FailSearch = true };
        await using var preview = await PreviewHarness.StartAsync(wrap: faults.Wrap, search: true);
        var edited = preview.Archive.Digests[0];
        var page = preview.SitePath($"digests/{TestArchive.Slug(edited)}/");

        Assert.True(await PreviewHarness.Eventually(async () => PreviewHarness.Title((await preview.GetHtml(page)).Html) == "Internal error"), preview.Log);
        var (_, html) = await preview.GetHtml(page);
        Assert.Equal("System.InvalidOperationException: injected search failure", PreviewHarness.Node(html.DocumentNode, "//code[@class='internal-error']").InnerText);
        Assert.Contains("Search index failed: internal error: System.InvalidOperationException: injected search failure;", preview.Log, StringComparison.Ordinal);

        faults.FailSearch = false;
        TestArchive.SetTitle(edited, "A title saved after the search failed");

        Assert.True(await PreviewHarness.Eventually(async () => (await preview.GetHtml(page)) is { Status: HttpStatusCode.OK } result
            && PreviewHarness.Title(result.Html) == "A title saved after the search failed"), preview.Log);
        Assert.True(await PreviewHarness.Eventually(() => Task.FromResult(preview.Log.Contains("Search index refreshed", StringComparison.Ordinal))), preview.Log);
    }

    [Fact]
    public async Task Given_an_unclosed_bracket_in_tags_When_saved_during_serve_Then_the_diagnostics_page_shows_it_and_the_fix_recovers()
    {
        // Issue 10, defect 1: this input made the YAML scanner throw, and serve stopped rebuilding without a word.
        await using var preview = await PreviewHarness.StartAsync();
        var file = preview.Archive.Digests[0];
        var good = File.ReadAllText(file);
        var page = preview.SitePath($"digests/{TestArchive.Slug(file)}/");
        var title = PreviewHarness.Title((await preview.GetHtml(page)).Html);

        TestArchive.Edit(file, text => System.Text.RegularExpressions.Regex.Replace(text, @"^tags: \[(.*)\]$", "tags: [$1", System.Text.RegularExpressions.RegexOptions.Multiline));

        Assert.True(await PreviewHarness.Eventually(async () => (await preview.GetHtml(page)).Status == HttpStatusCode.InternalServerError), preview.Log);
        var (_, html) = await preview.GetHtml(page);
        var error = Assert.Single(PreviewHarness.Nodes(html.DocumentNode, "//ol[@class='diagnostics']/li[@class='error']"));
        Assert.Contains($"{Path.GetFileName(file)}:", PreviewHarness.Node(error, "code[@class='location']").InnerText, StringComparison.Ordinal);

        File.WriteAllText(file, good);

        Assert.True(await PreviewHarness.Eventually(async () => (await preview.GetHtml(page)) is { Status: HttpStatusCode.OK } result && PreviewHarness.Title(result.Html) == title), preview.Log);
    }
}
