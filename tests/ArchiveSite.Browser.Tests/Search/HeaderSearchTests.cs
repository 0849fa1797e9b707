using static Microsoft.Playwright.Assertions;

namespace ArchiveSite.Browser.Tests.Search;

/// <summary>The search box in every page's header hands its query to /search/ under the base path.</summary>
[Collection(SharedSampleSite.Name)]
public sealed class HeaderSearchTests(SampleSite site)
{
    [Fact]
    public async Task Given_a_digest_page_When_a_query_is_entered_in_the_header_Then_the_search_page_shows_its_results()
    {
        await using var visit = await site.OpenAsync();
        await visit.Page.GotoAsync(site.Url("digests/eu-ai-act/"));

        var box = visit.Page.GetByRole(Microsoft.Playwright.AriaRole.Search).GetByLabel("Search the archive");
        await box.FillAsync("unpaid testing");
        await box.PressAsync("Enter");

        await Expect(visit.Page).ToHaveURLAsync(site.Url("search/?q=unpaid+testing"));
        var search = new SearchPage(visit.Page);
        await search.WaitForResultsAsync("unpaid testing");
        Assert.Equal(SampleSite.BasePath + "/digests/sora-leak-artists-protest/", (await search.ResultPathsAsync())[0]);
        await Expect(search.Query).ToHaveValueAsync("unpaid testing");
    }
}
