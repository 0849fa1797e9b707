using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;

namespace ArchiveSite.Tests;

/// <summary>Story lines and public corrections on the built fixture site: its one story line has three developments
/// over two years, and its Sora digest carries two corrections written out of date order.</summary>
public class StoryLineTests(SiteBuildFixture site) : IClassFixture<SiteBuildFixture>
{
    private const string Story = "stories/fixture-saga/";

    [Fact]
    public void The_story_page_is_a_timeline_oldest_first_grouped_by_year_paginated_by_page_size()
    {
        // The fixture's page_size is 2: the third development is on the timeline's second page.
        var page = site.Html(Story + "index.html").DocumentNode;
        Assert.Equal("The fixture saga & its <b>developments</b>", page.One("//h1").Text());
        Assert.Equal(["2023", "2024"], page.All("//section[@class='timeline-year']/h2").Select(h => h.Text()));
        var developments = page.All("//ol[@class='timeline']/li");
        Assert.Equal(["/repo/digests/older-story/", "/repo/digests/script-title/"], developments.Select(d => d.One(".//h3/a").Attr("href")));
        Assert.Contains("development 2 of 3", developments[1].Text(), StringComparison.Ordinal);
        Assert.Equal("2024-03-01", developments[1].One(".//time").Attr("datetime"));
        Assert.Contains("Labour", developments[1].Text(), StringComparison.Ordinal); // its themes
        Assert.Contains("A summary with <b>tags</b>", developments[1].Text(), StringComparison.Ordinal); // its summary, as text
        Assert.Equal("2", page.All("//ol[@class='timeline']")[1].Attr("start")); // numbered on across years
        Assert.Equal("/repo/" + Story + "page/2/", page.One("//nav[@class='pager']//a[@rel='next']").Attr("href"));

        var second = site.Html(Story + "page/2/index.html").DocumentNode;
        var last = second.One("//ol[@class='timeline']");
        Assert.Equal("3", last.Attr("start")); // numbered on across pages
        Assert.Equal("/repo/digests/sora-leak/", last.One(".//h3/a").Attr("href"));
        Assert.Contains("development 3 of 3", last.Text(), StringComparison.Ordinal);
        Assert.Equal("/repo/" + Story, second.One("//nav[@class='pager']//a[@rel='prev']").Attr("href"));
        Assert.Contains("Earlier", second.One("//nav[@class='pager']//a[@rel='prev']").Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("older-story", 1, null, "script-title")]
    [InlineData("script-title", 2, "older-story", "sora-leak")]
    [InlineData("sora-leak", 3, "script-title", null)]
    public void A_digest_in_a_story_shows_its_place_and_links_to_the_developments_before_and_after(string slug, int number, string? previous, string? next)
    {
        var part = site.Html($"digests/{slug}/index.html").DocumentNode.One("//nav[@class='story-part']");
        Assert.Equal($"Part of The fixture saga & its <b>developments</b>: development {number} of 3", part.One("./p").Text());
        Assert.Equal("/repo/" + Story, part.One("./p/a").Attr("href"));
        Assert.Equal(previous is null ? null : $"/repo/digests/{previous}/", part.SelectSingleNode(".//a[@rel='prev']")?.Attr("href"));
        Assert.Equal(next is null ? null : $"/repo/digests/{next}/", part.SelectSingleNode(".//a[@rel='next']")?.Attr("href"));
    }

    [Fact]
    public void The_stories_index_lists_each_story_with_its_span_count_and_latest_development()
    {
        var item = site.Html("stories/index.html").DocumentNode.One("//ul[@class='term-list']/li");
        Assert.Equal("/repo/" + Story, item.One(".//h2/a").Attr("href"));
        Assert.Contains("3 developments", item.Text(), StringComparison.Ordinal);
        Assert.Equal(["2023-05-10", "2024-11-26"], item.All(".//time").Select(t => t.Attr("datetime")));
        Assert.Equal("/repo/digests/sora-leak/", item.All(".//a")[^1].Attr("href"));
    }

    [Fact]
    public void The_story_feed_is_valid_atom_newest_first_and_the_story_page_advertises_it()
    {
        var feed = Load(Story + "feed.xml");
        Assert.Equal(["https://example.test/repo/digests/sora-leak/", "https://example.test/repo/digests/script-title/", "https://example.test/repo/digests/older-story/"],
            feed.Items.Select(i => i.Id));
        var link = site.Html(Story + "index.html").DocumentNode.All("//link[@rel='alternate'][@type='application/atom+xml']").Select(l => l.Attr("href")).ToList();
        Assert.Contains("/repo/" + Story + "feed.xml", link);
    }

    [Fact]
    public void A_corrected_digest_shows_its_corrections_oldest_first_with_anchors()
    {
        var notes = site.Html("digests/sora-leak/index.html").DocumentNode.All("//section[@class='correction-notes']//li");
        Assert.Equal(["correction-1", "correction-2"], notes.Select(n => n.Attr("id")));
        Assert.Equal("Corrected on 30 November 2024: The leak lasted about three hours, not a day.", notes[0].Text());
        Assert.Equal("Corrected on 2 December 2024: The group had 16 named signers, not 20 as first written.", notes[1].Text());
        Assert.False(site.Html("digests/older-story/index.html").DocumentNode.Has("//section[@class='correction-notes']"));
    }

    [Fact]
    public void The_corrections_page_lists_every_correction_newest_first_linking_to_it_and_its_feed_is_valid_atom()
    {
        var items = site.Html("corrections/index.html").DocumentNode.All("//ol[@class='correction-list']/li");
        Assert.Equal(["/repo/digests/sora-leak/#correction-2", "/repo/digests/sora-leak/#correction-1"], items.Select(i => i.One(".//h2/a").Attr("href")));
        Assert.Equal("2024-12-02", items[0].One(".//time").Attr("datetime"));

        var feed = Load("corrections/feed.xml");
        Assert.Equal(["https://example.test/repo/digests/sora-leak/#correction-2", "https://example.test/repo/digests/sora-leak/#correction-1"], feed.Items.Select(i => i.Id));
        Assert.Equal("The group had 16 named signers, not 20 as first written.", feed.Items.First().Summary.Text);
        Assert.Equal(new DateTimeOffset(2024, 12, 2, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);
    }

    [Fact]
    public void Stories_and_corrections_are_in_the_open_data_and_the_json_ld()
    {
        var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "data/digests.json")));
        var sora = json.RootElement.GetProperty("digests").EnumerateArray().Single(d => d.GetProperty("slug").GetString() == "sora-leak");
        Assert.Equal("fixture-saga", sora.GetProperty("story").GetProperty("key").GetString());
        Assert.Equal(3, sora.GetProperty("story").GetProperty("development").GetInt32());
        Assert.Equal(2, sora.GetProperty("corrections").GetArrayLength());

        var csv = File.ReadAllLines(Path.Combine(site.Output, "data/digests.csv"));
        var header = csv[0].Split(',');
        Assert.Contains("story", header);
        Assert.Contains(csv, l => l.StartsWith("older-story,", StringComparison.Ordinal) && l.Contains(",fixture-saga,", StringComparison.Ordinal));

        var ld = JsonDocument.Parse(site.Html("digests/sora-leak/index.html").DocumentNode.One("//script[@type='application/ld+json']").InnerText).RootElement;
        Assert.Equal("https://example.test/repo/" + Story, ld.GetProperty("isPartOf").GetProperty("url").GetString());
        Assert.Equal("CorrectionComment", ld.GetProperty("correction")[0].GetProperty("@type").GetString());
    }

    [Fact]
    public void Search_can_filter_digests_by_story_line()
    {
        var filter = site.Html("digests/script-title/index.html").DocumentNode.One("//span[starts-with(@data-pagefind-filter,'story:')]");
        Assert.Equal("story:The fixture saga & its <b>developments</b>", HtmlAgilityPack.HtmlEntity.DeEntitize(filter.Attr("data-pagefind-filter")));
    }

    private SyndicationFeed Load(string sitePath)
    {
        // Atom10FeedFormatter refuses a document that is not Atom 1.0 (missing id, title or updated; a wrong namespace).
        using var reader = XmlReader.Create(Path.Combine(site.Output, sitePath));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), $"{sitePath} is not an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }
}
