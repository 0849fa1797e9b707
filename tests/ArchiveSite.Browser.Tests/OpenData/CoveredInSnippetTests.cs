using System.Text.Json;
using System.Text.RegularExpressions;
using HtmlAgilityPack;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ArchiveSite.Browser.Tests.OpenData;

/// <summary>The about page's "Covered in" snippet, exactly as the page shows it, pasted into a newsroom's article on
/// another origin: it reads the served /data/lookup.json and links the digests that cite the article.</summary>
[Collection(SharedSampleSite.Name)]
public sealed class CoveredInSnippetTests(SampleSite site)
{
    // The sample's base_url (input/site.yml), which the snippet names; the test site is served elsewhere.
    private const string SampleArchive = "https://example.org/";

    [Fact]
    public async Task Given_an_article_a_digest_cites_When_the_snippet_runs_on_it_Then_it_links_the_digest_as_covered_in_the_archive()
    {
        var (source, digestTitle, digestUrl) = CitedSource();
        // As a reader arrives: from a newsletter link, on the www. host the archive may not have written.
        var arrival = new UriBuilder(source) { Query = "utm_source=newsletter" };
        arrival.Host = arrival.Host.StartsWith("www.", StringComparison.Ordinal) ? arrival.Host[4..] : "www." + arrival.Host;

        await using var visit = await OpenAsync();
        await ServeArticleAsync(visit.Page, arrival.Uri, canonical: null);
        await visit.Page.GotoAsync(arrival.Uri.AbsoluteUri);

        var line = visit.Page.Locator("#covered-in");
        await Expect(line).ToHaveTextAsync($"Covered in AI Ethics Archive: {digestTitle}");
        await Expect(line.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", digestUrl);
        Assert.Equal([arrival.Uri.AbsoluteUri, site.Url("data/lookup.json")], visit.Requests);
    }

    [Fact]
    public async Task Given_a_mobile_copy_whose_canonical_address_is_cited_When_the_snippet_runs_Then_it_looks_up_the_canonical_address()
    {
        var (source, digestTitle, _) = CitedSource();
        var copy = new Uri("https://m.newsroom.test/amp/story-1");

        await using var visit = await OpenAsync();
        await ServeArticleAsync(visit.Page, copy, canonical: source);
        await visit.Page.GotoAsync(copy.AbsoluteUri);

        await Expect(visit.Page.Locator("#covered-in")).ToHaveTextAsync($"Covered in AI Ethics Archive: {digestTitle}");
    }

    [Fact]
    public async Task Given_an_article_no_digest_cites_When_the_snippet_runs_Then_it_adds_nothing()
    {
        var article = new Uri("https://newsroom.test/2024/an-article-nobody-cited/");

        await using var visit = await OpenAsync();
        await ServeArticleAsync(visit.Page, article, canonical: null);
        await visit.Page.RunAndWaitForResponseAsync(() => visit.Page.GotoAsync(article.AbsoluteUri), site.Url("data/lookup.json"));
        await visit.Page.EvaluateAsync("() => new Promise(done => setTimeout(done, 200))"); // the parse and the lookup after the response

        Assert.Equal("", await visit.Page.Locator("#covered-in").InnerHTMLAsync());
    }

    // The test archive is served on 127.0.0.1, and Chromium asks before a public page reads the loopback address space;
    // a published archive is on the public web, where no such permission exists, so it is granted here.
    private Task<Visit> OpenAsync() => site.OpenAsync(new BrowserNewContextOptions { Permissions = ["local-network-access"] });

    /// <summary>The about page's snippet as a reader copies it (the code block's text), pointed at the served site.</summary>
    private string Snippet()
    {
        var about = new HtmlDocument();
        about.Load(Path.Combine(site.Folder, "about", "index.html"));
        var code = (about.DocumentNode.SelectNodes("//pre/code") ?? throw new InvalidOperationException("the about page has no code block"))
            .Select(c => HtmlEntity.DeEntitize(c.InnerText))
            .Single(c => c.Contains("data/lookup.json", StringComparison.Ordinal));
        Assert.Contains($"const archive = \"{SampleArchive}\";", code, StringComparison.Ordinal);
        return code.Replace(SampleArchive, site.Url(""), StringComparison.Ordinal);
    }

    /// <summary>The first digest's first source with an address, from the served digests.json.</summary>
    private (Uri Source, string DigestTitle, string DigestUrl) CitedSource()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Folder, "data", "digests.json")));
        foreach (var digest in json.RootElement.GetProperty("digests").EnumerateArray())
        {
            foreach (var source in digest.GetProperty("sources").EnumerateArray())
            {
                if (source.TryGetProperty("url", out var url))
                {
                    return (new Uri(url.GetString()!), digest.GetProperty("title").GetString()!, digest.GetProperty("url").GetString()!);
                }
            }
        }

        throw new InvalidOperationException("no digest of the sample cites an address");
    }

    // The newsroom's page, answered by the browser itself (no network): the snippet pasted into its body.
    private async Task ServeArticleAsync(IPage page, Uri address, Uri? canonical)
    {
        var head = canonical is null ? "" : $"<link rel=\"canonical\" href=\"{canonical.AbsoluteUri}\">";
        var html = $"<!doctype html><html lang=\"en\"><head><title>An article</title>{head}</head><body><h1>An article</h1>{Snippet()}</body></html>";
        await page.RouteAsync(new Regex("^" + Regex.Escape(address.GetLeftPart(UriPartial.Authority))), route =>
            route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = html }));
    }
}
