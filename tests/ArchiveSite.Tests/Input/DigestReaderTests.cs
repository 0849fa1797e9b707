using ArchiveSite.Diagnostics;
using ArchiveSite.Input;

namespace ArchiveSite.Tests.Input;

/// <summary>The per-digest walls of <see cref="InputLimits"/> (at the limit and one past it), the slug rule for file
/// names, and what the reader measures for the editorial rules.</summary>
public class DigestReaderTests
{
    [Fact]
    public void Given_as_many_themes_as_the_limit_When_read_Then_the_digest_is_accepted() =>
        AssertAccepted(DigestText.With(tags: Keys("t", InputLimits.Themes)));

    [Fact]
    public void Given_one_theme_past_the_limit_When_read_Then_tags_is_an_error() =>
        AssertSingle(DigestText.With(tags: Keys("t", InputLimits.Themes + 1)), $"example.md:5:7: error AS0110: 'tags' has {InputLimits.Themes + 1} entries; it must have at most {InputLimits.Themes}");

    [Fact]
    public void Given_as_many_organisations_as_the_limit_When_read_Then_the_digest_is_accepted() =>
        AssertAccepted(DigestText.With(entities: Keys("Org ", InputLimits.Organisations)));

    [Fact]
    public void Given_one_organisation_past_the_limit_When_read_Then_entities_is_an_error() =>
        AssertSingle(DigestText.With(entities: Keys("Org ", InputLimits.Organisations + 1)), $"example.md:6:11: error AS0110: 'entities' has {InputLimits.Organisations + 1} entries; it must have at most {InputLimits.Organisations}");

    [Fact]
    public void Given_as_many_sources_as_the_limit_When_read_Then_the_digest_is_accepted() =>
        AssertAccepted(DigestText.With(sources: InputLimits.Sources));

    [Fact]
    public void Given_one_source_past_the_limit_When_read_Then_sources_is_an_error() =>
        AssertSingle(DigestText.With(sources: InputLimits.Sources + 1), $"example.md:8:3: error AS0110: 'sources' has {InputLimits.Sources + 1} entries; it must have at most {InputLimits.Sources}");

    [Theory]
    [InlineData("sora-leak-artists-protest")]
    [InlineData("café-owners")]
    [InlineData("яндекс-новости")]
    [InlineData("百度-2024")]
    [InlineData("हिन्दी-समाचार")]
    [InlineData("cafe\u0301-owners")]
    public void Given_a_file_name_the_slug_rule_leaves_unchanged_When_read_Then_it_is_a_valid_slug(string slug) =>
        AssertAccepted(DigestText.With(), $"digests/2024/{slug}.md");

    [Theory]
    [InlineData("Sora-Leak")]
    [InlineData("sora_leak")]
    [InlineData("sora--leak")]
    [InlineData("-sora")]
    public void Given_a_file_name_that_is_not_a_slug_When_read_Then_it_is_AS0118(string slug)
    {
        var diagnostics = new DiagnosticBag();

        DigestReader.Read(DigestText.With(), $"digests/2024/{slug}.md", "example.md", diagnostics);

        Assert.Equal("AS0118", Assert.Single(diagnostics.ToSortedList()).Code);
    }

    [Fact]
    public void Given_a_body_When_read_Then_its_words_are_counted_and_its_first_line_recorded()
    {
        var diagnostics = new DiagnosticBag();

        var digest = DigestReader.Read(DigestText.With(body: "## What happened\n\nOne two, [three](https://example.com/x) - four.\r\n\n5 ...\n"), "digests/2024/example.md", "example.md", diagnostics);

        // "##", "-" and "..." hold no letter or digit; a link is one word.
        Assert.Equal(7, digest!.BodyWords);
        Assert.Equal(new SourceLocation("example.md", DigestText.BodyLine(), 1), digest.Locations.Of("body"));
    }

    private static IEnumerable<string> Keys(string prefix, int count) => Enumerable.Range(1, count).Select(i => $"{prefix}{i:D2}");

    private static void AssertAccepted(string text, string relativePath = "digests/2024/example.md")
    {
        var diagnostics = new DiagnosticBag();

        var digest = DigestReader.Read(text, relativePath, "example.md", diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.NotNull(digest);
    }

    private static void AssertSingle(string text, string expected)
    {
        var diagnostics = new DiagnosticBag();

        var digest = DigestReader.Read(text, "digests/2024/example.md", "example.md", diagnostics);

        Assert.Equal([expected], diagnostics.ToSortedList().Select(d => d.ToString()));
        Assert.Null(digest);
    }
}
