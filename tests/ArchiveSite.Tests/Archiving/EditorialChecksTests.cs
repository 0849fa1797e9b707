using ArchiveSite.Diagnostics;
using ArchiveSite.Model;
using ArchiveSite.Tests.Input;

namespace ArchiveSite.Tests.Archiving;

/// <summary>check holds each digest to site.yml's editorial rules: at each bound accepted, one past it a located error.</summary>
public class EditorialChecksTests
{
    private static readonly EditorialPolicy Policy = new(new CountRange(2, 3), new CountRange(1, 2), new CountRange(5, 8));

    [Theory]
    [InlineData(2, null)]
    [InlineData(3, null)]
    [InlineData(1, "example.md:5:7: error AS0211: 'tags' has 1 entries; this archive's editorial rules (site.yml, editorial.themes) ask for between 2 and 3")]
    [InlineData(4, "example.md:5:7: error AS0211: 'tags' has 4 entries; this archive's editorial rules (site.yml, editorial.themes) ask for between 2 and 3")]
    public void Themes_are_held_to_the_policy(int themes, string? expected) =>
        AssertChecked(DigestText.With(tags: ((string[])["labor", "privacy", "bias", "safety"])[..themes], body: Words(5)), expected);

    [Theory]
    [InlineData(2, null)]
    [InlineData(3, "example.md:8:3: error AS0211: 'sources' has 3 entries; this archive's editorial rules (site.yml, editorial.sources) ask for between 1 and 2")]
    public void Sources_are_held_to_the_policy(int sources, string? expected) =>
        AssertChecked(DigestText.With(tags: ["labor", "privacy"], sources: sources, body: Words(5)), expected);

    [Theory]
    [InlineData(5, null)]
    [InlineData(8, null)]
    [InlineData(4, "the body has 4 words; this archive's editorial rules (site.yml, editorial.body_words) ask for between 5 and 8")]
    [InlineData(9, "the body has 9 words; this archive's editorial rules (site.yml, editorial.body_words) ask for between 5 and 8")]
    public void Body_words_are_held_to_the_policy_at_the_bodys_first_line(int words, string? expected) =>
        AssertChecked(DigestText.With(tags: ["labor", "privacy"], body: Words(words)), expected is null ? null : $"example.md:{DigestText.BodyLine()}:1: error AS0212: {expected}");

    [Fact]
    public void Without_a_policy_the_defaults_allow_one_theme_and_any_length()
    {
        var diagnostics = new DiagnosticBag();

        SpecArchive.Build(diagnostics, digests: [("example", DigestText.With(tags: ["labor"], sources: 50, body: ""))]);

        Assert.Empty(diagnostics.ToSortedList());
    }

    // "##" is not a word; each "wordN" is.
    private static string Words(int count) => "## " + string.Join(' ', Enumerable.Range(1, count).Select(i => $"word{i}")) + "\n";

    private static void AssertChecked(string text, string? expected)
    {
        var diagnostics = new DiagnosticBag();

        SpecArchive.Build(diagnostics, Policy, digests: [("example", text)]);

        Assert.Equal(expected is null ? [] : [expected], diagnostics.ToSortedList().Select(d => d.ToString()));
    }
}
