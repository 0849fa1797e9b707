using System.Text.Json;
using ArchiveSite.Tests.Output;

namespace ArchiveSite.Tests;

/// <summary>A digest's records in other databases on its page, in its JSON-LD and in the open data (the fixture's
/// older-story names one in each database, written out of order; sora-leak names none).</summary>
public class ExternalIdsSiteTests(SiteBuildFixture site) : IClassFixture<SiteBuildFixture>
{
    private const string Aiid = "https://incidentdatabase.ai/cite/901/";
    private const string Aiaaic = "https://www.aiaaic.org/aiaaic-repository";
    private const string OecdAim = "https://oecd.ai/en/incidents/2023-05-10-a1b2";

    [Fact]
    public void Given_a_digest_with_external_ids_When_built_Then_its_page_says_where_else_it_is_recorded_with_links()
    {
        var line = site.Html("digests/older-story/index.html").One("//article[@class='digest']//p[@class='external-ids']");

        Assert.Equal(
            "Also recorded in: AI Incident Database (incident 901) · AIAAIC Repository (AIAAIC0131) · OECD AI Incidents Monitor (incident 2023-05-10-a1b2)",
            System.Text.RegularExpressions.Regex.Replace(line.Text(), @"\s+", " ").Trim());
        Assert.Equal(
            [(Aiid, "AI Incident Database (incident 901)"), (Aiaaic, "AIAAIC Repository"), (OecdAim, "OECD AI Incidents Monitor (incident 2023-05-10-a1b2)")],
            line.All(".//a").Select(a => (a.Attr("href"), a.Text())));
        Assert.All(line.All(".//a"), a => Assert.Equal("external noopener noreferrer", a.Attr("rel")));
    }

    [Fact]
    public void Given_a_digest_without_external_ids_When_built_Then_its_page_has_no_such_line() =>
        Assert.False(site.Html("digests/sora-leak/index.html").DocumentNode.Has("//p[@class='external-ids']"));

    [Fact]
    public void Given_external_ids_When_built_Then_the_json_ld_describes_the_event_with_each_identifier_and_the_record_pages_as_same_as()
    {
        var ld = JsonDocument.Parse(site.Html("digests/older-story/index.html").One("//script[@type='application/ld+json']").InnerText).RootElement;

        var recorded = ld.GetProperty("about").EnumerateArray().Single(a => a.GetProperty("@type").GetString() == "Event");
        Assert.Equal("2023-05-10", recorded.GetProperty("startDate").GetString());
        Assert.Equal([Aiid, OecdAim], recorded.GetProperty("sameAs").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(
            [("AI Incident Database", "901"), ("AIAAIC Repository", "AIAAIC0131"), ("OECD AI Incidents Monitor", OecdAim)],
            recorded.GetProperty("identifier").EnumerateArray().Select(i => (i.GetProperty("propertyID").GetString(), i.GetProperty("value").GetString())));
        Assert.False(ld.TryGetProperty("sameAs", out _));
    }

    [Fact]
    public void Given_external_ids_When_exported_Then_digests_json_carries_them_as_an_object_and_only_where_there_are_any()
    {
        var digests = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "data/digests.json"))).RootElement.GetProperty("digests").EnumerateArray().ToList();

        var ids = digests.Single(d => d.GetProperty("slug").GetString() == "older-story").GetProperty("external_ids");
        Assert.Equal(["aiid", "aiaaic", "oecd_aim"], ids.EnumerateObject().Select(p => p.Name));
        Assert.Equal(901, ids.GetProperty("aiid").GetInt32());
        Assert.Equal("AIAAIC0131", ids.GetProperty("aiaaic").GetString());
        Assert.Equal(OecdAim, ids.GetProperty("oecd_aim").GetString());
        Assert.False(digests.Single(d => d.GetProperty("slug").GetString() == "sora-leak").TryGetProperty("external_ids", out _));
    }

    [Fact]
    public void Given_external_ids_When_exported_Then_digests_csv_has_a_column_per_database()
    {
        var rows = CsvTable.Read(Path.Combine(site.Output, "data/digests.csv"));

        Assert.Equal(["slug", "date", "updated", "added", "changed", "title", "summary", "tags", "entities", "url", "sources", "story", "story_title", "corrections", "aiid", "aiaaic", "oecd_aim", "language"], rows[0]);
        var bySlug = rows.Skip(1).ToDictionary(r => r[0]);
        Assert.Equal(["901", "AIAAIC0131", OecdAim], bySlug["older-story"][^4..^1]);
        Assert.Equal(["", "", ""], bySlug["sora-leak"][^4..^1]);
    }

    [Fact]
    public void Given_external_ids_When_exported_Then_external_ids_csv_has_a_row_per_identifier_with_its_link()
    {
        var rows = CsvTable.Read(Path.Combine(site.Output, "data/external-ids.csv"));

        Assert.Equal(
            [
                ["digest", "url", "scheme", "id", "link"],
                ["older-story", "https://example.test/repo/digests/older-story/", "aiid", "901", Aiid],
                ["older-story", "https://example.test/repo/digests/older-story/", "aiaaic", "AIAAIC0131", Aiaaic],
                ["older-story", "https://example.test/repo/digests/older-story/", "oecd_aim", OecdAim, OecdAim],
            ],
            rows);
    }
}
