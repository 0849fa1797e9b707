using System.Text.Json;

namespace ArchiveSite.Tests.Output.OpenData;

/// <summary>The minimal fixture's data (hostile titles, raw HTML, an archive under /repo/, no data_license in site.yml):
/// still a valid package to Frictionless and valid JSON to its schema, naming no licence, with no licence line in the footer.</summary>
public class OpenDataWithoutLicenceTests(SiteBuildFixture site) : IClassFixture<SiteBuildFixture>
{
    [Fact]
    public void Given_an_archive_without_a_data_license_When_built_Then_its_data_is_valid_and_names_no_licence()
    {
        var data = Path.Combine(site.Output, "data");

        var report = OpenDataCheck.Run(data);

        Assert.Equal("", OpenDataCheck.Problems(report));
        Assert.True(report.GetProperty("package").GetProperty("valid").GetBoolean());
        Assert.True(report.GetProperty("json").GetProperty("valid").GetBoolean());
        using var package = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(data, "datapackage.json")));
        Assert.False(package.RootElement.TryGetProperty("licenses", out _));
        Assert.Null(site.Html("index.html").DocumentNode.SelectSingleNode("//footer//*[@rel='license']"));
        Assert.NotNull(site.Html("index.html").DocumentNode.SelectSingleNode("//footer//a[@href='/repo/data/datapackage.json']"));
    }
}
