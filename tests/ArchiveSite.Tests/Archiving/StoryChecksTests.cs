using ArchiveSite.Diagnostics;
using ArchiveSite.Model;
using ArchiveSite.Tests.Input;

namespace ArchiveSite.Tests.Archiving;

/// <summary>check on story lines and corrections: an unknown story key gets a did-you-mean, a correction needs
/// <c>updated</c> on or after it, and each problem is located on its line and column.</summary>
public class StoryChecksTests
{
    private static readonly Story[] Stories = [new("sora", "Sora", "OpenAI's video model.", ["openai-sora"]) { Location = new SourceLocation("stories.yml", 1, 1) }];

    // DigestText puts `more` on line 11 (one source).
    [Theory]
    [InlineData("story: sora\n", null)]
    [InlineData("story: sorra\n", "example.md:11:8: error AS0213: unknown story 'sorra'; did you mean 'sora'?")]
    [InlineData("story: openai-sora\n", "example.md:11:8: error AS0213: unknown story 'openai-sora'; did you mean 'sora'?")]
    [InlineData("story: hollywood\n", "example.md:11:8: error AS0213: unknown story 'hollywood'; the story lines are defined in stories.yml")]
    [InlineData("story: [sora]\n", "example.md:11:8: error AS0107: 'story' must be text")]
    public void A_digest_names_a_story_line_from_stories_yml(string more, string? expected) =>
        AssertChecked(more, expected);

    [Theory]
    [InlineData("updated: 2024-12-02\ncorrections:\n  - date: 2024-12-02\n    note: Fixed the count.\n", null)]
    [InlineData("corrections:\n  - date: 2024-12-02\n    note: Fixed the count.\n", "example.md:12:3: error AS0161: a corrected digest needs 'updated' on or after its latest correction (2024-12-02); add 'updated: 2024-12-02'")]
    [InlineData("updated: 2024-12-01\ncorrections:\n  - date: 2024-11-28\n    note: One.\n  - date: 2024-12-02\n    note: Two.\n", "example.md:11:10: error AS0162: 'updated' 2024-12-01 is before the latest correction (2024-12-02); a correction is a change, so set 'updated' to 2024-12-02 or later")]
    [InlineData("updated: 2024-12-02\ncorrections:\n  - date: 2024-11-01\n    note: Too early.\n", "example.md:13:11: warning AS0163: correction dated 2024-11-01 is before the event it corrects (2024-11-26); check the date")]
    [InlineData("updated: 2024-12-02\ncorrections:\n  - date: 2024-12-02\n", "example.md:13:5: error AS0105: missing required key 'note' (plain text, at most 1000 characters: what was wrong and what the digest says now)")]
    [InlineData("updated: 2024-12-02\ncorrections: Fixed.\n", "example.md:12:14: error AS0107: 'corrections' must be a list of corrections, each with date and note")]
    [InlineData("updated: 2027-01-02\ncorrections:\n  - date: 2027-01-02\n    note: Not yet.\n", "example.md:11:10: warning AS0206: 'updated' 2027-01-02 is in the future|example.md:13:3: warning AS0206: 'correction' 2027-01-02 is in the future")]
    public void A_correction_is_dated_noted_and_followed_by_updated(string more, string? expected) =>
        AssertChecked(more, expected);

    [Fact]
    public void A_correction_note_past_the_limit_is_located_and_a_markup_note_is_a_warning()
    {
        var note = new string('x', 1001);
        AssertChecked(
            $"updated: 2024-12-02\ncorrections:\n  - date: 2024-12-02\n    note: <b>{note}</b>\n",
            "example.md:14:11: error AS0109: 'note' is 1008 characters; it must be at most 1000|example.md:14:11: warning AS0114: 'note' is plain text; the markup '<b>' will be shown as text, not rendered");
    }

    [Fact]
    public void More_corrections_than_the_limit_are_one_error_at_the_list()
    {
        var many = string.Concat(Enumerable.Repeat("  - date: 2024-12-02\n    note: One more.\n", 51));
        AssertChecked($"updated: 2024-12-02\ncorrections:\n{many}", "example.md:13:3: error AS0110: 'corrections' has 51 entries; it must have at most 50");
    }

    [Fact]
    public void An_empty_story_or_corrections_value_is_the_same_as_none()
    {
        AssertChecked("story:\ncorrections: []\n", null);
    }

    [Fact]
    public void A_story_line_that_no_digest_follows_is_a_warning_at_its_key()
    {
        var diagnostics = new DiagnosticBag();

        SpecArchive.Build(diagnostics, stories: Stories, digests: [("example", DigestText.With())]);

        Assert.Equal("stories.yml:1:1: warning AS0214: story 'sora' has no published digest, so it gets no page", Assert.Single(diagnostics.ToSortedList()).ToString());
    }

    [Theory]
    [InlineData("sora", "sora", false)]
    [InlineData("sora", null, true)]
    [InlineData(null, null, true)]
    public void Two_developments_of_one_story_may_cite_the_same_report_without_a_duplicate_warning(string? first, string? second, bool warned)
    {
        var diagnostics = new DiagnosticBag();
        string Citing(string? story) => DigestText.With(more: "  - outlet: Wire\n    title: The report\n    published: 2024-11-27\n    url: https://wire.example/report\n"
            + (story is null ? "" : $"story: {story}\n"));

        SpecArchive.Build(diagnostics, stories: Stories, digests: [("one", Citing(first)), ("two", Citing(second))]);

        Assert.Equal(warned, diagnostics.ToSortedList().Any(d => d.Code == "AS0204"));
    }

    private static void AssertChecked(string more, string? expected)
    {
        var diagnostics = new DiagnosticBag();

        SpecArchive.Build(diagnostics, stories: Stories, digests: [("example", DigestText.With(more: more))]);

        // The story line unused by a failing digest is not what these cases are about.
        var found = diagnostics.ToSortedList().Where(d => d.Code != "AS0214").Select(d => d.ToString());
        Assert.Equal(expected is null ? [] : expected.Split('|'), found);
    }
}
