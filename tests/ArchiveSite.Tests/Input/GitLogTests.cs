using ArchiveSite.Input;
using ArchiveSite.Model;

namespace ArchiveSite.Tests.Input;

public class GitLogTests
{
    // 2024-12-09, 2024-12-05 and 2024-12-01 at 10:00 UTC, newest first as git log prints them.
    private const string Newest = "\u0001c3 1733738400";
    private const string Middle = "\u0001c2 1733392800";
    private const string Oldest = "\u0001c1 1733047200";

    [Fact]
    public void Given_a_file_added_edited_then_renamed_When_parsed_Then_the_new_path_keeps_the_added_day_and_a_pure_rename_is_no_change()
    {
        var log = $"{Newest}\0\nR100\0digests/old.md\0digests/2024/new.md\0{Middle}\0\nM\0digests/old.md\0{Oldest}\0\nA\0digests/old.md\0A\0tags.yml\0";

        var files = GitLog.Parse(log);

        Assert.Equal(new FileHistory(new DateOnly(2024, 12, 1), new DateOnly(2024, 12, 5)), files["digests/2024/new.md"]);
        Assert.Equal(new FileHistory(new DateOnly(2024, 12, 1), new DateOnly(2024, 12, 1)), files["tags.yml"]);
        Assert.False(files.ContainsKey("digests/old.md"));
    }

    [Fact]
    public void Given_a_rename_with_edits_When_parsed_Then_it_is_the_last_change()
    {
        var files = GitLog.Parse($"{Newest}\0\nR087\0a.md\0b.md\0{Oldest}\0\nA\0a.md\0");

        Assert.Equal(new FileHistory(new DateOnly(2024, 12, 1), new DateOnly(2024, 12, 9)), files["b.md"]);
    }

    [Fact]
    public void Given_a_file_deleted_and_added_again_When_parsed_Then_its_added_day_is_the_second_addition_and_deleted_files_are_nobodys()
    {
        var files = GitLog.Parse($"{Newest}\0\nA\0a.md\0D\0gone.md\0{Middle}\0\nD\0a.md\0M\0gone.md\0{Oldest}\0\nA\0a.md\0A\0gone.md\0");

        Assert.Equal(new FileHistory(new DateOnly(2024, 12, 9), new DateOnly(2024, 12, 9)), files["a.md"]);
        Assert.False(files.ContainsKey("gone.md"));
    }

    [Fact]
    public void Given_a_commit_made_late_in_the_evening_east_of_greenwich_When_parsed_Then_the_day_is_the_UTC_day_of_its_timestamp()
    {
        // 2024-11-30T21:00:00Z, which was already 1 December in Karachi (+05:00).
        var files = GitLog.Parse("\u0001c1 1733000400\0\nA\0a.md\0");

        Assert.Equal(new DateOnly(2024, 11, 30), files["a.md"].Added);
    }

    [Fact]
    public void Given_odd_or_truncated_output_When_parsed_Then_what_can_be_read_is_kept_and_nothing_throws()
    {
        Assert.Empty(GitLog.Parse(""));
        Assert.Empty(GitLog.Parse("\u0001c1 not-a-time\0\nA\0a.md\0"));
        Assert.Equal(new DateOnly(2024, 12, 1), GitLog.Parse($"{Oldest}\0\nA\0a b, \"c\".md\0R100\0")["a b, \"c\".md"].Added);
    }
}
