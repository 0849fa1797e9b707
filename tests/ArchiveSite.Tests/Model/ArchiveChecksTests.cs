using ArchiveSite.Diagnostics;
using ArchiveSite.Tests.Contributing;

namespace ArchiveSite.Tests.Model;

/// <summary>What `check` tells a contributor whose pull request adds one digest with one problem (tests/fixtures/pr/cases).</summary>
public class ArchiveChecksTests
{
    [Fact]
    public void Given_the_fixture_archive_When_checked_Then_it_is_clean()
    {
        using var archive = new PullRequestArchive();

        var result = archive.Check();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.Digests);
    }

    [Theory]
    [InlineData("misspelt-tag", "AS0201", 6, 8, "unknown tag 'artist-right'; did you mean 'artist-rights'?", true)]
    [InlineData("tag-alias", "AS0201", 6, 15, "unknown tag 'artists'; did you mean 'artist-rights'?", true)]
    [InlineData("unknown-related", "AS0203", 13, 11, "related digest 'wga-strike' does not exist; did you mean 'wga-strike-ai'?", true)]
    [InlineData("self-related", "AS0208", 13, 11, "a digest cannot be related to itself", false)]
    [InlineData("duplicate-source-url", "AS0204", 12, 10, "source URL is also cited by 'sora-testers-protest'", false)]
    [InlineData("summary-too-long", "AS0109", 4, 10, "'summary' is 422 characters; it must be at most 400", true)]
    [InlineData("summary-repeats-title", "AS0205", 4, 10, "summary repeats the title", false)]
    [InlineData("entity-alias", "AS0207", 7, 20, "entity 'Open AI' looks like 'OpenAI' (an alias in entities.yml); use one spelling", false)]
    public void Given_a_pull_request_adding_a_digest_with_one_problem_When_checked_Then_one_diagnostic_points_at_the_value(
        string caseName, string code, int line, int column, string message, bool blocksTheBuild)
    {
        using var archive = new PullRequestArchive(caseName);

        var result = archive.Check();

        var diagnostic = Assert.Single(result.Diagnostics);
        AssertAt(diagnostic, code, archive.DigestPath(caseName), line, column);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(blocksTheBuild, !result.Succeeded);
    }

    [Fact]
    public void Given_a_date_and_an_update_in_the_future_When_checked_Then_each_is_a_warning_on_its_own_line()
    {
        using var archive = new PullRequestArchive("future-date");

        var result = archive.Check();

        Assert.Collection(
            result.Diagnostics,
            d =>
            {
                AssertAt(d, "AS0206", archive.DigestPath("future-date"), 3, 7);
                Assert.Equal("'date' 2027-01-05 is in the future", d.Message);
            },
            d =>
            {
                AssertAt(d, "AS0206", archive.DigestPath("future-date"), 14, 10);
                Assert.Equal("'updated' 2027-02-01 is in the future", d.Message);
            });
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Given_entities_spelled_like_existing_ones_When_checked_Then_each_spelling_is_flagged_with_the_established_one()
    {
        using var archive = new PullRequestArchive("entity-near-match");

        var result = archive.Check();

        // "HuggingFace" differs from another digest's "Hugging Face" by a space; "Stabilty AI" is one typo from entities.yml's "Stability AI".
        Assert.Collection(
            result.Diagnostics,
            d =>
            {
                AssertAt(d, "AS0207", archive.DigestPath("entity-near-match"), 7, 12);
                Assert.Equal("entity 'HuggingFace' looks like 'Hugging Face'; use one spelling", d.Message);
            },
            d =>
            {
                AssertAt(d, "AS0207", archive.DigestPath("entity-near-match"), 7, 25);
                Assert.Equal("entity 'Stabilty AI' looks like 'Stability AI'; use one spelling", d.Message);
            });
    }

    [Fact]
    public void Given_a_digest_whose_file_name_another_folder_already_uses_When_checked_Then_the_second_file_is_an_error_naming_the_first()
    {
        using var archive = new PullRequestArchive();
        var first = Path.Combine(archive.Input, "digests", "2024", "sora-testers-protest.md");
        var second = Path.Combine(archive.Input, "digests", "2025", "sora-testers-protest.md");
        Directory.CreateDirectory(Path.GetDirectoryName(second)!);
        File.Copy(first, second);

        var result = archive.Check();

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "AS0202");
        AssertAt(diagnostic, "AS0202", second, 1, 1);
        Assert.StartsWith($"slug 'sora-testers-protest' is already used by {Path.GetFullPath(first)};", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    private static void AssertAt(Diagnostic diagnostic, string code, string file, int line, int column)
    {
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(Path.GetFullPath(file), Path.GetFullPath(diagnostic.Location.Path));
        Assert.Equal((line, column), (diagnostic.Location.Line, diagnostic.Location.Column));
    }
}
