using System.Text.Json;

namespace ArchiveSite.Tests.Output.OpenData;

/// <summary>The export per year (data/{year}/digests.json): valid to the same JSON Schema as the whole export (Ajv), and
/// together exactly the whole export, year by year, so a reader can take one year instead of the whole archive.</summary>
public class YearDataTests(SampleData sample) : IClassFixture<SampleData>
{
    [Fact]
    public void Given_the_sample_When_Ajv_validates_each_years_file_against_digests_schema_json_Then_each_is_valid()
    {
        var years = sample.Report.GetProperty("years").EnumerateArray().ToList();

        Assert.NotEmpty(years);
        Assert.All(years, y =>
        {
            Assert.Equal([], y.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
            Assert.True(y.GetProperty("valid").GetBoolean(), y.GetProperty("folder").GetString());
        });
    }

    [Fact]
    public void Given_the_years_files_When_compared_with_digests_json_Then_each_holds_exactly_that_years_digests_newest_first()
    {
        var whole = sample.Json("digests.json").GetProperty("digests").EnumerateArray()
            .Select(d => (Slug: d.GetProperty("slug").GetString()!, Date: d.GetProperty("date").GetString()!)).ToList();
        var years = sample.Report.GetProperty("years").EnumerateArray().ToList();

        Assert.Equal(whole.Select(d => d.Date[..4]).Distinct().Order(StringComparer.Ordinal), years.Select(y => y.GetProperty("folder").GetString()));
        foreach (var year in years)
        {
            var folder = year.GetProperty("folder").GetString()!;
            var expected = whole.Where(d => d.Date.StartsWith(folder, StringComparison.Ordinal)).ToList();
            Assert.Equal(int.Parse(folder, System.Globalization.CultureInfo.InvariantCulture), year.GetProperty("year").GetInt32());
            Assert.Equal(expected.Count, year.GetProperty("count").GetInt32());
            Assert.Equal(expected.Select(d => d.Slug), year.GetProperty("slugs").EnumerateArray().Select(s => s.GetString()));
        }
    }

    [Fact]
    public void Given_a_years_archive_page_When_read_Then_it_links_to_that_years_data()
    {
        var page = new HtmlAgilityPack.HtmlDocument();
        page.Load(Path.Combine(sample.Site, "archive", "2024", "index.html"));

        var link = page.DocumentNode.SelectSingleNode("//main//a[contains(@href, 'data/2024/digests.json')]");

        Assert.NotNull(link);
        Assert.True(File.Exists(Path.Combine(sample.Data, "2024", "digests.json")));
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(sample.Data, "2024", "digests.json")));
        Assert.Equal(2024, json.RootElement.GetProperty("year").GetInt32());
    }
}
