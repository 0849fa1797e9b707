using ArchiveSite.Cli;
using ArchiveSite.Cli.Changes;
using ArchiveSite.Tests.Contributing;

namespace ArchiveSite.Tests.Cli;

public class StepSummaryTests
{
    [Fact]
    public void Given_a_pull_request_that_adds_changes_and_deletes_digests_When_summarised_Then_each_digest_has_a_row_with_its_themes_and_problems()
    {
        using var archive = new PullRequestArchive("misspelt-tag", "entity-alias");
        var sora = Path.Combine(archive.Input, "digests", "2024", "sora-testers-protest.md");
        var deleted = Path.Combine(archive.Input, "digests", "2022", "removed-story.md");
        var changes = new ChangeSet("origin/main",
        [
            new ChangedFile(archive.DigestPath("misspelt-tag"), ChangeKind.Added),
            new ChangedFile(sora, ChangeKind.Modified),
            new ChangedFile(deleted, ChangeKind.Deleted),
            new ChangedFile(Path.Combine(archive.Input, "tags.yml"), ChangeKind.Modified),
        ]);

        var markdown = StepSummary.Render(archive.Check(), archive.Options, changes);

        var rows = MarkdownTable.Under(markdown, "### Digests in this change (since `origin/main`)");
        Assert.Equal(3, rows.Count);
        Assert.Equal("added", rows[0][0]);
        Assert.StartsWith("A fictional studio replaces its storyboard artists with an image generator<br>`", rows[0][1], StringComparison.Ordinal);
        Assert.EndsWith("digests/2025/misspelt-tag.md`", rows[0][1], StringComparison.Ordinal);
        Assert.Equal(["2025-03-01", "`artist-right` (unknown), Labour", "❌ 1 error, 0 warnings"], rows[0][2..]);
        Assert.Equal("changed", rows[1][0]);
        Assert.Equal(["2024-11-26", "Artist rights, Labour", "✅ none"], rows[1][2..]);
        Assert.Equal("deleted", rows[2][0]);
        Assert.EndsWith("removed-story.md`", rows[2][1], StringComparison.Ordinal);
        Assert.Contains("Other input files changed: `", markdown, StringComparison.Ordinal);
        Assert.Contains("tags.yml`.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_problems_inside_and_outside_the_change_When_summarised_Then_they_are_listed_in_two_tables_with_file_line_and_code()
    {
        using var archive = new PullRequestArchive("misspelt-tag", "entity-alias");
        var changes = new ChangeSet("main", [new ChangedFile(archive.DigestPath("misspelt-tag"), ChangeKind.Added)]);

        var markdown = StepSummary.Render(archive.Check(), archive.Options, changes);

        Assert.Contains("❌ **1 error, 1 warning.** The site cannot be built until every error is fixed.", markdown, StringComparison.Ordinal);
        var changed = Assert.Single(MarkdownTable.Under(markdown, "### Problems in the changed files (1)"));
        Assert.Equal("error", changed[0]);
        Assert.EndsWith("misspelt-tag.md`", changed[1], StringComparison.Ordinal);
        Assert.Equal(["6:8", "AS0201", "unknown tag 'artist-right'; did you mean 'artist-rights'?"], changed[2..]);
        var elsewhere = Assert.Single(MarkdownTable.Under(markdown, "### Problems elsewhere in the archive (1)"));
        Assert.Equal(["warning", "7:20", "AS0207"], [elsewhere[0], elsewhere[2], elsewhere[3]]);
    }

    [Fact]
    public void Given_no_change_set_When_summarised_Then_every_problem_is_in_one_table()
    {
        using var archive = new PullRequestArchive("entity-alias");

        var markdown = StepSummary.Render(archive.Check(), archive.Options, changes: null);

        Assert.Contains("✅ **No errors**, 1 warning.", markdown, StringComparison.Ordinal);
        Assert.Contains("3 digests checked in `", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Digests in this change", markdown, StringComparison.Ordinal);
        var row = Assert.Single(MarkdownTable.Under(markdown, "### Problems (1)"));
        Assert.Equal("entity 'Open AI' looks like 'OpenAI' (an alias in entities.yml); use one spelling", row[4]);
    }

    [Fact]
    public void Given_a_changed_digest_with_errors_of_its_own_When_summarised_Then_its_row_names_the_file_and_the_errors()
    {
        using var archive = new PullRequestArchive("summary-too-long");
        var changes = new ChangeSet("main", [new ChangedFile(archive.DigestPath("summary-too-long"), ChangeKind.Added)]);

        var markdown = StepSummary.Render(archive.Check(), archive.Options, changes);

        var row = Assert.Single(MarkdownTable.Under(markdown, "### Digests in this change"));
        Assert.EndsWith("summary-too-long.md`", row[1], StringComparison.Ordinal);
        Assert.Equal(["", "", "❌ 1 error, 0 warnings"], row[2..]);
    }
}
