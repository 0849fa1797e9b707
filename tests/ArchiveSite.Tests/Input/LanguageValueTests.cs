using ArchiveSite.Diagnostics;
using ArchiveSite.Input;

namespace ArchiveSite.Tests.Input;

/// <summary>A language value, in site.yml's <c>language</c> and a digest's <c>language:</c>: a BCP 47 tag, kept in its usual casing.</summary>
public class LanguageValueTests
{
    private const string Site = "title: T\ndescription: D\nbase_url: https://example.org/\n";

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("pt-br", "pt-BR")]
    [InlineData("zh-hant-tw", "zh-Hant-TW")]
    [InlineData("es-419", "es-419")]
    public void Given_a_tag_in_any_case_When_a_digest_declares_it_Then_it_is_kept_in_its_usual_casing(string written, string expected)
    {
        var diagnostics = new DiagnosticBag();

        var digest = DigestReader.Read(DigestText.With(more: $"language: {written}\n"), "digests/x.md", "digests/x.md", diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(expected, digest!.Language);
    }

    [Theory]
    [InlineData("French")]
    [InlineData("fr_FR")]
    [InlineData("en-GB-oxendict")]
    public void Given_a_value_that_is_not_a_tag_When_a_digest_declares_it_Then_it_is_an_error_at_its_line(string written)
    {
        var diagnostics = new DiagnosticBag();

        var digest = DigestReader.Read(DigestText.With(more: $"language: {written}\n"), "digests/x.md", "digests/x.md", diagnostics);

        Assert.Null(digest);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.InvalidLanguage.Id, error.Code);
        Assert.Equal(DigestText.BodyLine() - 1, error.Location.Line);
        Assert.Contains($"not '{written}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_no_language_When_a_digest_is_read_Then_it_is_in_the_site_s()
    {
        Assert.Null(DigestReader.Read(DigestText.With(), "digests/x.md", "digests/x.md", new DiagnosticBag())!.Language);
    }

    [Fact]
    public void Given_site_yml_When_its_language_is_read_Then_it_is_checked_and_located_like_a_digest_s()
    {
        var good = new DiagnosticBag();
        var settings = SiteSettingsReader.Read(Site + "language: pt-br\n", "site.yml", good);
        var bad = new DiagnosticBag();
        var refused = SiteSettingsReader.Read(Site + "language: Français\n", "site.yml", bad);

        Assert.Equal("pt-BR", settings!.Language);
        Assert.Equal(4, settings.LanguageLocation.Line);
        Assert.Null(refused);
        Assert.Equal(DiagnosticCodes.InvalidLanguage.Id, Assert.Single(bad.ToSortedList()).Code);
        Assert.Equal("en", SiteSettingsReader.Read(Site, "site.yml", new DiagnosticBag())!.Language);
    }
}
