using System.Globalization;
using HtmlAgilityPack;

namespace ArchiveSite.Tests.Pages;

/// <summary>Listings at scale: the minimal fixture (page_size 2, so ten compact entries a year or organisation index
/// page) with 23 more digests in 2022 across three months, each naming an organisation of its own, three of them
/// corrected. A year page lists titles and dates by month, newest first, with every month's count linked to where it
/// begins, and splits into /archive/{year}/page/{n}/; the organisation index and the corrections split the same way.</summary>
public sealed class ListingPagesTests : IDisposable
{
    // Names far enough apart that the check for two spellings of one organisation leaves them alone.
    private static readonly string[] Organisations =
    [
        "Aster Labs", "Birchwood Media", "Cedar Council", "Dunmore Bank", "Elmhurst Clinic", "Foxglove Press", "Granite Robotics",
        "Heron Insurance", "Ironbark Union", "Juniper Schools", "Kestrel Air", "Larch Foundation", "Marigold Foods", "Nettle Games",
        "Oakridge Police", "Poppy Studios", "Quill Records", "Rowan Hospital", "Sorrel Energy", "Thistle Transit", "Umber Mining",
        "Violet Telecom", "Willow Courts",
    ];

    private readonly TempFolder _temp = new();
    private readonly string _output;

    public ListingPagesTests()
    {
        var input = _temp.CopyFrom(RepositoryPaths.Fixture("minimal"), "input");
        var folder = Directory.CreateDirectory(Path.Combine(input, "digests", "2022")).FullName;
        File.AppendAllText(Path.Combine(input, "entities.yml"), string.Concat(Organisations.Select(o => $"{o}:\n  description: One of the test's organisations.\n")));
        // 2022: 8 in March, 10 in June, 5 in November; newest first that is November (5), June (10), March (8).
        var dates = Enumerable.Range(1, 8).Select(d => new DateOnly(2022, 3, d))
            .Concat(Enumerable.Range(1, 10).Select(d => new DateOnly(2022, 6, d)))
            .Concat(Enumerable.Range(1, 5).Select(d => new DateOnly(2022, 11, d)));
        foreach (var (date, i) in dates.Select((d, i) => (d, i)))
        {
            var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var corrected = i < 3 ? $"updated: {iso}\ncorrections:\n  - date: {iso}\n    note: \"Correction of {iso}.\"\n" : "";
            File.WriteAllText(Path.Combine(folder, $"event-{iso}.md"), $"""
                ---
                title: "An event of {iso} worth a digest"
                date: {iso}
                summary: "The summary of the event of {iso}, shown on the digest's page and never on the year page."
                tags: [labor]
                entities: ["{Organisations[i]}"]
                {corrected}sources:
                  - outlet: Example Outlet
                    title: "Report of {iso}"
                    published: {iso}
                ---
                Body of {iso}.

                """);
        }

        _output = _temp.Combine("site");
        var result = SiteBuilds.Build(input, _output);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void A_year_with_more_digests_than_a_page_holds_is_split_into_pages_of_compact_entries_newest_first()
    {
        List<HtmlDocument> pages = [Page("archive/2022/"), Page("archive/2022/page/2/"), Page("archive/2022/page/3/")];

        Assert.False(File.Exists(Path.Combine(_output, "archive/2022/page/4/index.html")));
        var listed = pages.SelectMany(p => p.All("//main//ul[@class='compact-list']/li")).ToList();
        Assert.Equal([10, 10, 3], pages.Select(p => p.All("//main//ul[@class='compact-list']/li").Count));
        var expected = Enumerable.Range(1, 5).Select(d => $"2022-11-{d:00}").Reverse()
            .Concat(Enumerable.Range(1, 10).Select(d => $"2022-06-{d:00}").Reverse())
            .Concat(Enumerable.Range(1, 8).Select(d => $"2022-03-{d:00}").Reverse());
        Assert.Equal(expected, listed.Select(li => li.One(".//time").Attr("datetime")));
        Assert.Equal($"/repo/digests/event-2022-11-05/", listed[0].One(".//a").Attr("href"));

        // Compact: a title and a date, no summary.
        Assert.All(pages, p => Assert.DoesNotContain("never on the year page", p.DocumentNode.InnerText, StringComparison.Ordinal));
        Assert.Equal("An event of 2022-11-05 worth a digest · 5 November 2022", listed[0].Text());
    }

    [Fact]
    public void Each_page_of_a_year_groups_its_entries_by_month_and_says_when_a_month_goes_on_from_the_page_before()
    {
        Assert.Equal(["November 2022", "June 2022"], Headings("archive/2022/"));
        Assert.Equal(["June 2022 (continued)", "March 2022"], Headings("archive/2022/page/2/"));
        Assert.Equal(["March 2022 (continued)"], Headings("archive/2022/page/3/"));
        Assert.Equal("2022 (page 2) · Fixture Archive", Page("archive/2022/page/2/").One("//title").Text());
    }

    [Fact]
    public void Every_page_of_a_year_indexes_all_its_months_with_counts_linked_to_the_page_and_heading_where_each_begins()
    {
        foreach (var path in (string[])["archive/2022/", "archive/2022/page/3/"])
        {
            var index = Page(path).All("//nav[@class='month-index']//li");
            Assert.Equal(["November (5)", "June (10)", "March (8)"], index.Select(li => li.Text()));
            Assert.Equal(
                ["/repo/archive/2022/#month-11", "/repo/archive/2022/#month-06", "/repo/archive/2022/page/2/#month-03"],
                index.Select(li => li.One(".//a").Attr("href")));
        }

        Assert.NotNull(Page("archive/2022/page/2/").DocumentNode.SelectSingleNode("//h2[@id='month-03']"));
    }

    [Fact]
    public void Pages_of_a_year_link_to_each_other_and_a_small_year_stays_on_one_page_at_its_own_url()
    {
        var first = Page("archive/2022/");
        Assert.Equal("/repo/archive/2022/page/2/", first.One("//nav[@class='pager']//a[@rel='next']").Attr("href"));
        Assert.Equal("/repo/archive/2022/page/2/", Page("archive/2022/page/3/").One("//nav[@class='pager']//a[@rel='prev']").Attr("href"));

        var small = Page("archive/2024/");
        Assert.Null(small.DocumentNode.SelectSingleNode("//nav[@class='pager']"));
        Assert.False(Directory.Exists(Path.Combine(_output, "archive/2024/page")));
    }

    [Fact]
    public void The_organisation_index_lists_names_and_counts_ten_to_a_page_in_name_order()
    {
        // 23 organisations of their own, OpenAI and Hugging Face: 25 names, compact entries, page_size × 5 a page.
        List<HtmlDocument> pages = [Page("entities/"), Page("entities/page/2/"), Page("entities/page/3/")];
        var names = pages.SelectMany(p => p.All("//ul[contains(@class, 'term-list')]/li/a")).Select(a => a.Text()).ToList();

        Assert.Equal([10, 10, 5], pages.Select(p => p.All("//ul[contains(@class, 'term-list')]/li").Count));
        Assert.Equal(25, names.Count);
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        Assert.Contains("Next", pages[0].One("//nav[@class='pager']//a[@rel='next']").Text(), StringComparison.Ordinal);
        Assert.Equal("/repo/entities/page/2/", pages[2].One("//nav[@class='pager']//a[@rel='prev']").Attr("href"));
    }

    [Fact]
    public void The_corrections_are_paginated_by_page_size_newest_first_and_every_page_gives_the_total()
    {
        List<HtmlDocument> pages = [Page("corrections/"), Page("corrections/page/2/"), Page("corrections/page/3/")];
        var dates = pages.SelectMany(p => p.All("//ol[@class='correction-list']/li//time")).Select(t => t.Attr("datetime")).ToList();

        Assert.Equal([2, 2, 1], pages.Select(p => p.All("//ol[@class='correction-list']/li").Count));
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.All(pages, p => Assert.StartsWith("5 corrections", p.One("//main//p[@class='meta']").Text(), StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(_output, "corrections/page/4/index.html")));
    }

    public void Dispose() => _temp.Dispose();

    private List<string> Headings(string path) => [.. Page(path).All("//main//section/h2").Select(h => h.Text())];

    private HtmlDocument Page(string path)
    {
        var document = new HtmlDocument();
        document.Load(Path.Combine(_output, path, "index.html"));
        return document;
    }
}
