using System.Xml.Linq;
using HtmlAgilityPack;

namespace ArchiveSite.Tests;

/// <summary>Builds the minimal fixture with the real theme and checks the site a reader would get.</summary>
public class SiteBuildTests(SiteBuildFixture site) : IClassFixture<SiteBuildFixture>
{
    [Fact]
    public void Build_succeeds_without_errors() =>
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));

    [Theory]
    [InlineData("index.html", "home")]
    [InlineData("digests/sora-leak/index.html", "digest")]
    [InlineData("tags/index.html", "tags")]
    [InlineData("tags/labor/index.html", "tag")]
    [InlineData("tags/labor/page/2/index.html", "tag")]
    [InlineData("entities/index.html", "entities")]
    [InlineData("entities/openai/index.html", "entity")]
    [InlineData("archive/index.html", "archive")]
    [InlineData("archive/2024/index.html", "year")]
    [InlineData("about/index.html", "page")]
    [InlineData("404.html", "404")]
    public void Every_page_kind_is_written_with_its_layout(string file, string kind)
    {
        var page = site.Html(file);
        Assert.Equal($"kind-{kind}", page.One("//body").Attr("class"));
        Assert.True(page.DocumentNode.Has("//main[@id='main']//h1"));
    }

    [Fact]
    public void Every_internal_link_and_asset_resolves_to_a_file_under_the_base_path()
    {
        var broken = new List<string>();
        foreach (var file in site.HtmlFiles())
        {
            foreach (var node in site.Html(file).All("//a[@href]|//link[@href]|//script[@src]|//img[@src]"))
            {
                var url = HtmlEntity.DeEntitize(node.Attr("href") is { Length: > 0 } href ? href : node.Attr("src"));
                if (url.StartsWith("http", StringComparison.Ordinal) || url.StartsWith('#') || url.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var path = url.Split('#', '?')[0];
                if (!path.StartsWith("/repo/", StringComparison.Ordinal))
                {
                    broken.Add($"{file}: {url} (not under /repo/)");
                    continue;
                }

                var local = Path.Combine(site.Output, path["/repo/".Length..]);
                if (!(File.Exists(local) || File.Exists(Path.Combine(local, "index.html"))))
                {
                    broken.Add($"{file}: {url}");
                }
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void A_script_in_a_title_is_shown_as_text_on_pages_in_feeds_and_in_data()
    {
        var page = site.Html("digests/script-title/index.html");
        Assert.Equal("<script>alert(1)</script> in a title stays text", page.One("//h1").Text());
        Assert.False(page.DocumentNode.Has("//main//script"));
        Assert.False(page.DocumentNode.Has("//main//b"));
        Assert.DoesNotContain(page.All("//script"), s => s.InnerText.Contains("alert(1)", StringComparison.Ordinal) && s.Attr("type") != "application/ld+json");
        Assert.Contains("<script>alert(1)</script> in a title stays text", page.One("//title").Text(), StringComparison.Ordinal);

        var feed = XDocument.Load(Path.Combine(site.Output, "feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Contains(feed.Descendants(atom + "title"), t => t.Value == "<script>alert(1)</script> in a title stays text");

        var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "data/digests.json")));
        Assert.Contains(json.RootElement.GetProperty("digests").EnumerateArray(), d => d.GetProperty("title").GetString()!.StartsWith("<script>", StringComparison.Ordinal));
        Assert.DoesNotContain("<script>", File.ReadAllText(Path.Combine(site.Output, "data/digests.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_in_a_body_is_shown_as_text()
    {
        var article = site.Html("digests/sora-leak/index.html").One("//article[@class='digest']");
        Assert.False(article.Has(".//script"));
        Assert.Contains("<script>alert(\"raw html is text\")</script>", article.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_digest_page_shows_sources_archived_copy_related_digests_and_a_correction_link()
    {
        var page = site.Html("digests/sora-leak/index.html").DocumentNode;
        var sources = page.All("//section[@class='sources']//li");
        Assert.Single(sources);
        Assert.Contains(sources[0].All(".//a"), a => a.Attr("href") == "https://example.com/sora-leak");
        Assert.Contains(sources[0].All(".//a"), a => a.InnerText == "archived copy");
        Assert.Contains(page.All("//section[@class='related']//a"), a => a.Attr("href") == "/repo/digests/script-title/");
        var correction = page.One("//p[@class='correction']/a");
        Assert.Equal("https://github.com/example/archive/edit/main/input/digests/2024/sora-leak.md", correction.Attr("href"));
        Assert.Equal("external noopener noreferrer", page.One("//div[@class='body']//a[@href='https://example.com/sora-leak']").Attr("rel"));
        Assert.True(page.Has("//div[@class='body']//table"));
        Assert.True(page.Has("//div[@class='body']//*[@id='what-happened']"));
        Assert.True(page.Has("//div[@class='body']//*[contains(@class,'footnotes')]"));
    }

    [Fact]
    public void Each_page_has_a_canonical_url_opengraph_tags_and_digests_have_news_article_json_ld()
    {
        var page = site.Html("digests/sora-leak/index.html").DocumentNode;
        Assert.Equal("https://example.test/repo/digests/sora-leak/", page.One("//link[@rel='canonical']").Attr("href"));
        Assert.Equal("https://example.test/repo/digests/sora-leak/", page.One("//meta[@property='og:url']").Attr("content"));
        var ld = System.Text.Json.JsonDocument.Parse(page.One("//script[@type='application/ld+json']").InnerText).RootElement;
        Assert.Equal("NewsArticle", ld.GetProperty("@type").GetString());
        Assert.Equal("https://example.com/sora-leak", ld.GetProperty("isBasedOn")[0].GetString());
        Assert.Equal("India TV News", ld.GetProperty("citation")[0].GetProperty("publisher").GetProperty("name").GetString());
    }

    [Fact]
    public void Tag_pages_are_paginated_by_page_size_newest_first()
    {
        var first = site.Html("tags/labor/index.html").All("//article[@class='card']//h2/a").Select(a => a.Attr("href")).ToList();
        var second = site.Html("tags/labor/page/2/index.html").All("//article[@class='card']//h2/a").Select(a => a.Attr("href")).ToList();
        Assert.Equal(["/repo/digests/sora-leak/", "/repo/digests/script-title/"], first);
        Assert.Equal(["/repo/digests/older-story/"], second);
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        Assert.False(Directory.Exists(Path.Combine(site.Output, "digests/draft-story")));
    }

    [Fact]
    public void Feeds_and_sitemap_are_well_formed_xml_with_absolute_urls()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Load(Path.Combine(site.Output, "feed.xml"));
        Assert.Equal(3, feed.Descendants(atom + "entry").Count());
        Assert.All(feed.Descendants(atom + "link"), l => Assert.StartsWith("https://example.test/repo/", l.Attribute("href")!.Value, StringComparison.Ordinal));
        var tagFeed = XDocument.Load(Path.Combine(site.Output, "tags/privacy/feed.xml"));
        Assert.Equal(2, tagFeed.Descendants(atom + "entry").Count());

        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = XDocument.Load(Path.Combine(site.Output, "sitemap.xml")).Descendants(sm + "loc").Select(l => l.Value).ToList();
        Assert.Contains("https://example.test/repo/digests/sora-leak/", locations);
        Assert.DoesNotContain("https://example.test/repo/404.html", locations);
        Assert.All(locations, l => Assert.StartsWith("https://example.test/repo/", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Robots_txt_is_only_written_at_a_domain_root()
    {
        // The fixture is published under /repo/, where robots.txt would be ignored by crawlers.
        Assert.False(File.Exists(Path.Combine(site.Output, "robots.txt")));
    }

    [Fact]
    public void Open_data_lists_every_published_digest_in_json_and_csv()
    {
        var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "data/digests.json"))).RootElement;
        Assert.Equal(3, json.GetProperty("count").GetInt32());
        var csv = File.ReadAllLines(Path.Combine(site.Output, "data/digests.csv"));
        Assert.StartsWith("slug,date,updated,added,changed,title,summary,tags,entities,url,sources,", csv[0], StringComparison.Ordinal);
        Assert.Equal(4, csv.Length);
    }

    [Fact]
    public void Assets_are_fingerprinted()
    {
        var css = site.Html("index.html").One("//link[@rel='stylesheet']").Attr("href");
        Assert.Matches(@"^/repo/assets/site\.[0-9a-f]{10}\.css$", css);
    }
}
