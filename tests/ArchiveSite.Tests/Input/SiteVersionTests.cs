using ArchiveSite.Diagnostics;
using ArchiveSite.Input;

namespace ArchiveSite.Tests.Input;

/// <summary>site.yml's optional <c>version</c>: a short printable name, read as text even when YAML would see a number.</summary>
public class SiteVersionTests
{
    private const string Site = "title: T\ndescription: D\nbase_url: https://example.org/\n";

    [Theory]
    [InlineData("version: 2026.12", "2026.12")]
    [InlineData("version: 1.10", "1.10")]
    [InlineData("version: v1.2.0", "v1.2.0")]
    [InlineData("version: \"1.0.0-rc.1+build.5\"", "1.0.0-rc.1+build.5")]
    public void Given_a_version_When_read_Then_it_is_kept_as_written(string line, string expected)
    {
        var diagnostics = new DiagnosticBag();

        var settings = SiteSettingsReader.Read(Site + line + "\n", "site.yml", diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(expected, settings!.Version);
    }

    [Fact]
    public void Given_no_version_When_read_Then_none_is_claimed()
    {
        Assert.Null(SiteSettingsReader.Read(Site, "site.yml", new DiagnosticBag())!.Version);
    }

    [Theory]
    [InlineData("version: 1.0 beta", "'version' must start with a letter or digit and use only letters, digits and . _ + - (e.g. 2026.12 or v1.2.0)")]
    [InlineData("version: release/2026", "'version' must start with a letter or digit and use only letters, digits and . _ + - (e.g. 2026.12 or v1.2.0)")]
    [InlineData("version: v12345678901234567890123456789012345678901", "'version' must be 1 to 40 characters long")]
    public void Given_an_unusable_version_When_read_Then_it_is_a_located_error(string line, string message)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(SiteSettingsReader.Read(Site + line + "\n", "site.yml", diagnostics));

        Assert.Equal([$"site.yml:4:10: error AS0116: {message}"], diagnostics.ToSortedList().Select(d => d.ToString()));
    }
}
