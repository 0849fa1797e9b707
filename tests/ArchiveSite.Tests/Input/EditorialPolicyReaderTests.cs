using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using ArchiveSite.Model;

namespace ArchiveSite.Tests.Input;

/// <summary>site.yml's <c>editorial:</c> map: ranges read into the policy, defaults where a key is left out, and a located error for a range that is not one.</summary>
public class EditorialPolicyReaderTests
{
    private const string Site = "title: Archive\ndescription: An archive.\nbase_url: https://example.org/\n";

    [Fact]
    public void Given_no_editorial_map_When_read_Then_the_defaults_of_DESIGN_md_apply()
    {
        var settings = Read(Site, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(new EditorialPolicy(new CountRange(1, 6), new CountRange(1, null), null), settings!.Editorial);
    }

    [Fact]
    public void Given_every_rule_When_read_Then_each_range_is_the_policy()
    {
        var settings = Read(Site + "editorial:\n  themes: [2, 5]\n  sources: [1, 3]\n  body_words: [250, 600]\n", out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(new EditorialPolicy(new CountRange(2, 5), new CountRange(1, 3), new CountRange(250, 600)), settings!.Editorial);
    }

    [Fact]
    public void Given_one_rule_When_read_Then_the_others_keep_their_defaults()
    {
        var settings = Read(Site + "editorial:\n  body_words: [0, 1000]\n", out _);

        Assert.Equal(EditorialPolicy.Default with { BodyWords = new CountRange(0, 1000) }, settings!.Editorial);
    }

    [Theory]
    [InlineData("themes: [5, 2]", "'editorial.themes' must be a range [min, max] of whole numbers from 1 to 20")]
    [InlineData("themes: [0, 5]", "'editorial.themes' must be a range [min, max] of whole numbers from 1 to 20")]
    [InlineData("themes: [1, 21]", "'editorial.themes' must be a range [min, max] of whole numbers from 1 to 20")]
    [InlineData("sources: [1, 51]", "'editorial.sources' must be a range [min, max] of whole numbers from 1 to 50")]
    [InlineData("sources: 3", "'editorial.sources' must be a range [min, max] of whole numbers from 1 to 50")]
    [InlineData("body_words: [250]", "'editorial.body_words' must be a range [min, max] of whole numbers from 0 to 524288")]
    [InlineData("body_words: [a, b]", "'editorial.body_words' must be a range [min, max] of whole numbers from 0 to 524288")]
    public void Given_a_range_that_is_not_one_When_read_Then_it_is_an_error_at_the_value(string line, string message)
    {
        var settings = Read(Site + "editorial:\n  " + line + "\n", out var diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal(("AS0136", 5, line.IndexOf(':', StringComparison.Ordinal) + 5, message), (error.Code, error.Location.Line, error.Location.Column, error.Message));
        Assert.Null(settings);
    }

    [Fact]
    public void Given_a_misspelt_rule_When_read_Then_it_is_an_unknown_key_with_a_suggestion()
    {
        Read(Site + "editorial:\n  theme: [2, 5]\n", out var diagnostics);

        Assert.Equal(["site.yml:5:3: error AS0104: unknown key 'theme'; did you mean 'themes'?"], diagnostics.Select(d => d.ToString()));
    }

    private static SiteSettings? Read(string text, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        var settings = SiteSettingsReader.Read(text, "site.yml", bag);
        diagnostics = bag.ToSortedList();
        return settings;
    }
}
