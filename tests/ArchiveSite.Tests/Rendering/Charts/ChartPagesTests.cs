using ArchiveSite.Model;

namespace ArchiveSite.Tests.Rendering.Charts;

/// <summary>The charts of the sample site, read back from its HTML, against counts made here from the archive's digests:
/// the picture and its table say what the archive holds, and two builds write the same bytes.</summary>
public class ChartPagesTests(SampleChartsFixture site) : IClassFixture<SampleChartsFixture>
{
    private Archive Archive => site.Archive;

    private IReadOnlyList<int> ArchiveSpan
    {
        get
        {
            var years = Archive.Digests.Select(d => d.Date.Year).ToList();
            return [.. Enumerable.Range(years.Min(), years.Max() - years.Min() + 1)];
        }
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("archive/index.html")]
    public void The_archive_chart_shows_for_every_year_how_many_digests_carry_each_theme(string file)
    {
        var chart = ChartFigure.Of(site.Html(file)) ?? throw new Xunit.Sdk.XunitException($"{file} has no chart");
        var years = ArchiveSpan;
        var themes = Archive.Tags.Where(t => Archive.Digests.Any(d => d.Tags.Contains(t.Key))).ToList();
        int Count(Tag theme, int year) => Archive.Digests.Count(d => d.Date.Year == year && d.Tags.Contains(theme.Key));

        Assert.Equal(years, chart.Years);
        Assert.Equal(themes.Select(t => t.Title), chart.Rows.Keys);
        foreach (var theme in themes)
        {
            Assert.Equal([.. years.Select(y => Count(theme, y)), Archive.Digests.Count(d => d.Tags.Contains(theme.Key))], chart.Rows[theme.Title]);
        }

        var mentions = years.Select(y => themes.Sum(t => Count(t, y))).ToList();
        Assert.Equal([.. mentions, mentions.Sum()], chart.Footer["Theme mentions"]);
        Assert.Equal([.. years.Select(y => Archive.Digests.Count(d => d.Date.Year == y)), Archive.Digests.Count], chart.Footer["Digests"]);

        // One band per year and theme with digests, oldest year first, themes in tags.yml order.
        var expected = years.SelectMany(y => themes.Select(t => (t.Title, y, Count(t, y)))).Where(b => b.Item3 > 0).ToList();
        Assert.Equal(expected, chart.Bars.Select(b => (b.Series, b.Year, b.Count)));
        AssertTallerForMore(chart.Bars.GroupBy(b => b.Year).Select(g => (g.Sum(b => b.Count), g.Sum(b => b.Height))));
    }

    [Fact]
    public void Every_theme_page_charts_its_digests_per_year_over_the_archives_years()
    {
        foreach (var theme in Archive.Tags)
        {
            var digests = Archive.Digests.Where(d => d.Tags.Contains(theme.Key)).ToList();
            AssertBarsCount(site.Html($"tags/{theme.Key}/index.html"), digests, ArchiveSpan, "Digests");
        }
    }

    [Fact]
    public void Every_organisation_page_charts_its_digests_per_year_over_the_archives_years()
    {
        Assert.NotEmpty(Archive.Entities);
        foreach (var entity in Archive.Entities)
        {
            var digests = Archive.Digests.Where(d => d.Entities.Any(n => Archive.EntityNamed(n).Slug == entity.Slug)).ToList();
            AssertBarsCount(site.Html($"entities/{entity.Slug}/index.html"), digests, ArchiveSpan, "Digests");
        }
    }

    [Fact]
    public void Every_story_page_charts_its_developments_per_year_from_its_first_to_its_last()
    {
        Assert.NotEmpty(Archive.Stories);
        foreach (var line in Archive.Stories)
        {
            var digests = Archive.Digests.Where(d => d.Story == line.Story.Key).ToList();
            var (first, last) = (digests.Min(d => d.Date.Year), digests.Max(d => d.Date.Year));
            AssertBarsCount(site.Html($"stories/{line.Story.Key}/index.html"), digests, [.. Enumerable.Range(first, last - first + 1)], "Developments");
        }
    }

    [Theory]
    [InlineData("index.html", "Digests per year, by theme")]
    [InlineData("tags/labor/index.html", "Digests per year")]
    [InlineData("stories/eu-ai-act/index.html", "Developments per year")]
    public void The_chart_is_an_image_named_and_described_from_its_own_title_and_description_with_its_table_captioned(string file, string caption)
    {
        var page = site.Html(file);
        var chart = ChartFigure.Of(page)!;
        var svg = chart.Figure.One(".//svg");

        Assert.Equal(caption, chart.Figure.One("./figcaption").Text());
        Assert.Equal("img", svg.Attr("role"));
        Assert.Equal(caption, page.One($"//*[@id='{svg.Attr("aria-labelledby")}']").Text());
        Assert.Equal("title", page.One($"//*[@id='{svg.Attr("aria-labelledby")}']").Name);
        var description = page.One($"//*[@id='{svg.Attr("aria-describedby")}']");
        Assert.Equal("desc", description.Name);
        Assert.Contains($" {chart.Rows.Values.Sum(r => r[^1])} ", description.Text(), StringComparison.Ordinal);
        Assert.Contains("table", description.Text(), StringComparison.Ordinal);
        Assert.StartsWith(caption, chart.Figure.One(".//table/caption").Text(), StringComparison.Ordinal);
        Assert.Single(page.All("//figure[contains(@class,'chart')]"));
    }

    [Fact]
    public void Every_page_without_a_listing_to_count_has_no_chart()
    {
        foreach (var file in (string[])["tags/index.html", "entities/index.html", "stories/index.html", "corrections/index.html", "archive/2024/index.html", "about/index.html", "404.html"])
        {
            Assert.Null(ChartFigure.Of(site.Html(file)));
        }

        Assert.Null(ChartFigure.Of(site.Html($"digests/{Archive.Digests[0].Slug}/index.html")));
    }

    [Fact]
    public void Two_builds_of_the_same_archive_write_the_same_bytes_charts_included() =>
        SiteFolders.AssertSame(site.First, site.Second);

    private static void AssertBarsCount(HtmlAgilityPack.HtmlDocument page, List<Digest> digests, IReadOnlyList<int> years, string row)
    {
        var chart = ChartFigure.Of(page);
        if (digests.Count == 0)
        {
            Assert.Null(chart);
            return;
        }

        Assert.NotNull(chart);
        var counts = years.Select(y => digests.Count(d => d.Date.Year == y)).ToList();
        Assert.Equal(years, chart.Years);
        Assert.Equal([row], chart.Rows.Keys);
        Assert.Equal([.. counts, digests.Count], chart.Rows[row]);
        Assert.Equal(years.Zip(counts).Where(c => c.Second > 0).Select(c => ("", c.First, c.Second)), chart.Bars.Select(b => (b.Series, b.Year, b.Count)));
        Assert.Equal(counts.Where(c => c > 0).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)), chart.Svg.Descendants("g").Single(g => (string?)g.Attribute("class") == "chart-counts").Elements("text").Select(t => t.Value));
        AssertTallerForMore(chart.Bars.Select(b => (b.Count, b.Height)));
    }

    /// <summary>The picture agrees with the numbers: whatever is counted shows, and more counted is never drawn shorter.</summary>
    private static void AssertTallerForMore(IEnumerable<(int Count, int Height)> bars)
    {
        var ordered = bars.OrderBy(b => b.Count).ToList();
        Assert.All(ordered, b => Assert.True(b.Height > 0, $"{b.Count} is drawn with no height"));
        for (var i = 1; i < ordered.Count; i++)
        {
            Assert.True(ordered[i].Height >= ordered[i - 1].Height, $"{ordered[i].Count} is drawn {ordered[i].Height} high, {ordered[i - 1].Count} {ordered[i - 1].Height}");
        }
    }
}
