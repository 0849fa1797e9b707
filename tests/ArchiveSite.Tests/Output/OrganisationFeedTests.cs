using System.Globalization;
using System.Xml.Linq;
using HtmlAgilityPack;

namespace ArchiveSite.Tests.Output;

/// <summary>An Atom feed per organisation, and feed autodiscovery on every page that has a feed (the fixture's OpenAI
/// has three digests at two per page, so its listing has two pages).</summary>
public class OrganisationFeedTests(SiteBuildFixture site) : IClassFixture<SiteBuildFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [InlineData("entities/openai/feed.xml", "https://example.test/repo/entities/openai/", 3)]
    [InlineData("entities/hugging-face/feed.xml", "https://example.test/repo/entities/hugging-face/", 1)]
    public void Given_an_organisation_When_built_Then_its_feed_is_valid_atom_of_its_digests_newest_first(string feedFile, string page, int entries)
    {
        var feed = XDocument.Load(Path.Combine(site.Output, feedFile), LoadOptions.None).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        AssertAtomElements(feed);
        Assert.Equal(page, feed.Element(Atom + "id")!.Value);
        Assert.Equal("https://example.test/repo/" + feedFile, Link(feed, "self"));
        Assert.Equal(page, Link(feed, "alternate"));
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        var items = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(entries, items.Count);
        Assert.All(items, AssertAtomElements);
        var published = items.Select(e => e.Element(Atom + "published")!.Value).ToList();
        Assert.Equal(published.OrderDescending(StringComparer.Ordinal), published);

        // The entries are the digests the organisation's listing shows, page after page.
        var listed = site.HtmlFiles().Where(f => f.StartsWith(feedFile[..^"feed.xml".Length], StringComparison.Ordinal))
            .SelectMany(f => site.Html(f).All("//article[@class='card']//h2/a").Select(a => "https://example.test" + a.Attr("href")));
        Assert.Equal(listed.Order(StringComparer.Ordinal), items.Select(e => e.Element(Atom + "id")!.Value).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("entities/openai/index.html")]
    [InlineData("entities/openai/page/2/index.html")]
    [InlineData("entities/hugging-face/index.html")]
    public void Given_any_page_of_an_organisations_listing_When_built_Then_it_advertises_and_links_the_one_feed(string file)
    {
        var page = site.Html(file).DocumentNode;
        var slug = file.Split('/')[1];

        var feeds = FeedLinks(page);
        Assert.Equal(["/repo/feed.xml", $"/repo/entities/{slug}/feed.xml"], feeds);
        var name = site.Html($"entities/{slug}/index.html").One("//main//h1").Text();
        Assert.Equal($"{name} · Fixture Archive", HtmlEntity.DeEntitize(page.One("//head/link[@rel='alternate'][2]").Attr("title")));
        Assert.Equal($"/repo/entities/{slug}/feed.xml", page.One("//main//p[@class='meta']/a[. = 'Atom feed for this organisation']").Attr("href"));
    }

    [Fact]
    public void Given_every_page_When_built_Then_each_feed_it_advertises_is_a_file_of_the_site_that_parses_as_atom()
    {
        var advertised = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in site.HtmlFiles())
        {
            var feeds = FeedLinks(site.Html(file).DocumentNode);
            Assert.True(feeds.FirstOrDefault() == "/repo/feed.xml", $"{file} does not advertise the site feed first");
            foreach (var feed in feeds)
            {
                Assert.StartsWith("/repo/", feed, StringComparison.Ordinal);
                (advertised.TryGetValue(feed, out var pages) ? pages : advertised[feed] = []).Add(file);
            }
        }

        foreach (var feed in advertised.Keys)
        {
            var path = Path.Combine(site.Output, feed["/repo/".Length..]);
            Assert.True(File.Exists(path), $"{feed} (advertised by {advertised[feed][0]}) is not in the site");
            Assert.Equal(Atom + "feed", XDocument.Load(path).Root!.Name);
        }

        // Every feed the site writes is advertised by the pages it mirrors: the site's, each theme's, each organisation's.
        var written = Directory.EnumerateFiles(site.Output, "feed.xml", SearchOption.AllDirectories)
            .Select(f => "/repo/" + Path.GetRelativePath(site.Output, f).Replace('\\', '/'));
        Assert.Equal(written.Order(StringComparer.Ordinal), advertised.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("/repo/tags/labor/feed.xml", advertised.Keys);
        Assert.Contains("tags/labor/page/2/index.html", advertised["/repo/tags/labor/feed.xml"]);
    }

    private static List<string> FeedLinks(HtmlNode page) =>
        [.. page.All("//head/link[@rel='alternate'][@type='application/atom+xml']").Select(l => HtmlEntity.DeEntitize(l.Attr("href")))];

    private static string? Link(XElement feed, string rel) =>
        feed.Elements(Atom + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href")?.Value;

    // RFC 4287 4.1.1 and 4.1.2: a feed and an entry each have one id (an absolute IRI), one title and one updated (an RFC 3339 date-time).
    private static void AssertAtomElements(XElement element)
    {
        Assert.True(Uri.IsWellFormedUriString(Assert.Single(element.Elements(Atom + "id")).Value, UriKind.Absolute));
        Assert.NotEmpty(Assert.Single(element.Elements(Atom + "title")).Value);
        var updated = Assert.Single(element.Elements(Atom + "updated")).Value;
        Assert.True(DateTimeOffset.TryParseExact(updated, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _), updated);
        if (element.Name == Atom + "entry")
        {
            Assert.StartsWith("https://example.test/repo/digests/", Link(element, "alternate"), StringComparison.Ordinal);
        }
    }
}
