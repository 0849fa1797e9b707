using System.Text.Json;
using HtmlAgilityPack;

namespace ArchiveSite.Browser.Tests.Citations;

/// <summary>Every citation file of the sample archive, read back by citation-js, says what its digest page says.</summary>
[Collection(SharedSampleSite.Name)]
public sealed class SampleSiteCitationTests(SampleSite site)
{
    [Fact]
    public async Task Every_digest_has_three_citation_files_that_read_back_as_the_digest()
    {
        // Given the sample site and its open data
        var data = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(site.Folder, "data", "digests.json"), TestContext.Current.CancellationToken)).RootElement;
        var publisher = data.GetProperty("title").GetString()!;

        // When citation-js reads every citation file
        var files = await CitationJs.ReadAsync(site.Folder);

        // Then each digest has a BibTeX, a RIS and a CSL-JSON file, each with its title, URL, publisher and dates
        var digests = data.GetProperty("digests").EnumerateArray().ToList();
        Assert.NotEmpty(digests);
        Assert.Equal(digests.Count * 3 + 3, files.Count);
        foreach (var digest in digests)
        {
            var slug = digest.GetProperty("slug").GetString()!;
            var changed = DateModified(slug);
            foreach (var format in (string[])["bib", "ris", "json"])
            {
                var path = $"digests/{slug}/cite.{format}";
                var item = Assert.Contains(path, files);
                Assert.Equal(digest.GetProperty("title").GetString(), CitationJs.Text(item, "title"));
                Assert.Equal(digest.GetProperty("url").GetString(), CitationJs.Text(item, "URL"));
                Assert.Equal(publisher, CitationJs.Text(item, "publisher"));
                Assert.Equal(publisher, CitationJs.Author(item));
                Assert.Equal("webpage", CitationJs.Text(item, "type"));
                Assert.Equal(changed, CitationJs.Date(item, "issued"));
                // RIS has no event date for a web page: its note says it.
                var eventDate = digest.GetProperty("date").GetString();
                if (format == "ris")
                {
                    Assert.Equal($"Event date: {eventDate}", CitationJs.Text(item, "note"));
                }
                else
                {
                    Assert.Equal(eventDate, CitationJs.Date(item, "event-date"));
                }

                // The sample archive sets no version, and none is claimed.
                Assert.Null(CitationJs.Text(item, "version"));
                Assert.Null(CitationJs.Text(item, "edition"));
            }
        }

        // And the whole archive is cited as a dataset at the site root, dated by its latest change
        foreach (var format in (string[])["bib", "ris", "json"])
        {
            var archive = Assert.Contains($"cite.{format}", files);
            Assert.Equal("dataset", CitationJs.Text(archive, "type"));
            Assert.Equal(publisher, CitationJs.Text(archive, "title"));
            Assert.Equal(site.Url(""), CitationJs.Text(archive, "URL"));
            Assert.Equal(data.GetProperty("last_changed").GetString(), CitationJs.Date(archive, "issued"));
        }
    }

    [Fact]
    public async Task The_digest_page_links_its_citation_files_and_the_server_serves_them()
    {
        await using var visit = await site.OpenAsync();
        await visit.Page.GotoAsync(site.Url("digests/sora-leak-artists-protest/"));
        var links = visit.Page.Locator(".cite .citation-files a");
        Assert.Equal(["BibTeX", "RIS", "CSL-JSON"], await links.AllInnerTextsAsync());
        Assert.Equal("sora-leak-artists-protest.bib", await links.First.GetAttributeAsync("download"));
        foreach (var href in (string[])["cite.bib", "cite.ris", "cite.json"])
        {
            var response = await visit.Page.APIRequest.GetAsync(site.Url("digests/sora-leak-artists-protest/" + href));
            Assert.Equal(200, response.Status);
        }
    }

    /// <summary>The page's last change as its schema.org JSON-LD states it (git's last commit or updated:), which the citations must agree with.</summary>
    private string DateModified(string slug)
    {
        var page = new HtmlDocument();
        page.Load(Path.Combine(site.Folder, "digests", slug, "index.html"));
        var script = page.DocumentNode.SelectSingleNode("//script[@type='application/ld+json']");
        Assert.NotNull(script);
        var article = JsonDocument.Parse(HtmlEntity.DeEntitize(script.InnerText)!).RootElement;
        // Without git history (and no updated:) the page states no last change; the citation is then dated by the event.
        return (article.TryGetProperty("dateModified", out var changed) ? changed : article.GetProperty("temporalCoverage")).GetString()!;
    }
}
