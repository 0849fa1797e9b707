using System.Text.Json;

namespace ArchiveSite.Tests.Output.OpenData;

/// <summary>The archive's version reaches the data package: a download says which release it is, and says nothing
/// without one.</summary>
public class OpenDataVersionTests
{
    [Fact]
    public void Given_a_version_in_site_yml_When_built_Then_the_data_package_carries_it_and_stays_valid()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("minimal"), "input");
        File.AppendAllText(Path.Combine(input, "site.yml"), "version: v2026.12\n");
        var output = temp.Combine("site");

        Assert.True(SiteBuilds.Build(input, output).Succeeded);

        var data = Path.Combine(output, "data");
        using var package = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(data, "datapackage.json")));
        Assert.Equal("v2026.12", package.RootElement.GetProperty("version").GetString());
        Assert.Equal("", OpenDataCheck.Problems(OpenDataCheck.Run(data)));
    }

    [Fact]
    public void Given_no_version_When_built_Then_the_data_package_claims_none()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");

        Assert.True(SiteBuilds.Build(RepositoryPaths.Fixture("minimal"), output).Succeeded);

        using var package = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "data", "datapackage.json")));
        Assert.False(package.RootElement.TryGetProperty("version", out _));
    }
}
