using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using ArchiveSite.Model;

namespace ArchiveSite.Tests.Input;

/// <summary>site.yml's <c>data_license:</c> map: an SPDX identifier, a title and the licence's address, each problem
/// located where it was written.</summary>
public class DataLicenseReaderTests
{
    private const string Site = "title: Archive\ndescription: An archive.\nbase_url: https://example.org/\n";

    [Fact]
    public void Given_no_data_license_When_read_Then_the_site_has_none_and_nothing_is_reported()
    {
        var settings = Read(Site, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Null(settings!.DataLicense);
    }

    [Fact]
    public void Given_a_licence_When_read_Then_its_identifier_title_and_address_are_the_settings()
    {
        var settings = Read(Site + "data_license:\n  name: CC-BY-4.0\n  title: Creative Commons Attribution 4.0 International\n  url: https://creativecommons.org/licenses/by/4.0/\n", out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(new DataLicense("CC-BY-4.0", "Creative Commons Attribution 4.0 International", new Uri("https://creativecommons.org/licenses/by/4.0/")), settings!.DataLicense);
    }

    [Fact]
    public void Given_no_title_When_read_Then_the_identifier_is_the_title()
    {
        var settings = Read(Site + "data_license:\n  name: CC0-1.0\n  url: https://creativecommons.org/publicdomain/zero/1.0/\n", out _);

        Assert.Equal("CC0-1.0", settings!.DataLicense!.Title);
    }

    [Theory]
    [InlineData("  name: CC BY 4.0\n  url: https://creativecommons.org/licenses/by/4.0/\n",
        "site.yml:5:9: error AS0190: data_license.name 'CC BY 4.0' is not an SPDX licence identifier; write one such as CC-BY-4.0, CC0-1.0 or ODbL-1.0 (see spdx.org/licenses)")]
    [InlineData("  url: https://creativecommons.org/licenses/by/4.0/\n",
        "site.yml:5:3: error AS0105: missing required key 'name' (the licence's SPDX identifier, e.g. CC-BY-4.0)")]
    [InlineData("  name: CC-BY-4.0\n  url: javascript:alert(1)\n",
        "site.yml:6:8: error AS0111: 'url' must be an absolute http(s) URL, not 'javascript:alert(1)'")]
    [InlineData("  name: CC-BY-4.0\n  url: https://creativecommons.org/licenses/by/4.0/\n  licence: x\n",
        "site.yml:7:3: error AS0104: unknown key 'licence'; known keys: name, title, url")]
    public void Given_a_wrong_licence_When_read_Then_it_is_one_located_error_and_the_settings_are_not_made(string lines, string expected)
    {
        var settings = Read(Site + "data_license:\n" + lines, out var diagnostics);

        Assert.Equal([expected], diagnostics.Select(d => d.ToString()));
        if (!expected.Contains("AS0104", StringComparison.Ordinal))
        {
            Assert.Null(settings);
        }
    }

    [Theory]
    [InlineData("data_license: CC-BY-4.0", "a single value")]
    [InlineData("data_license: [CC-BY-4.0]", "a list")]
    public void Given_a_licence_that_is_not_a_map_When_read_Then_AS0191_says_what_it_needs(string line, string what)
    {
        var settings = Read(Site + line + "\n", out var diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal(("AS0191", 4, 15), (error.Code, error.Location.Line, error.Location.Column));
        Assert.EndsWith($"not {what}", error.Message, StringComparison.Ordinal);
        Assert.Null(settings);
    }

    [Theory]
    [InlineData("CC-BY-4.0", true)]
    [InlineData("CC0-1.0", true)]
    [InlineData("ODbL-1.0", true)]
    [InlineData("GPL-2.0+", true)]
    [InlineData("LicenseRef-archive-terms", true)]
    [InlineData("CC BY 4.0", false)]
    [InlineData("-CC-BY", false)]
    [InlineData("CC/BY", false)]
    [InlineData("", false)]
    public void Given_an_identifier_When_checked_Then_only_the_SPDX_shape_passes(string id, bool valid) =>
        Assert.Equal(valid, DataLicenseReader.IsSpdxId(id));

    private static SiteSettings? Read(string text, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        var settings = SiteSettingsReader.Read(text, "site.yml", bag);
        diagnostics = bag.ToSortedList();
        return settings;
    }
}
