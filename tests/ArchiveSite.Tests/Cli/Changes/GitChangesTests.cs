using ArchiveSite.Cli.Changes;

namespace ArchiveSite.Tests.Cli.Changes;

public class GitChangesTests
{
    [Fact]
    public void Name_status_output_is_read_with_renames_keeping_the_new_path()
    {
        var changes = GitChanges.Parse("A\0input/digests/2025/new.md\0M\0input/tags.yml\0R087\0input/digests/old.md\0input/digests/2024/moved.md\0D\0input/digests/gone.md\0").ToList();

        Assert.Equal(
            [
                new ChangedFile("input/digests/2025/new.md", ChangeKind.Added),
                new ChangedFile("input/tags.yml", ChangeKind.Modified),
                new ChangedFile("input/digests/2024/moved.md", ChangeKind.Renamed),
                new ChangedFile("input/digests/gone.md", ChangeKind.Deleted),
            ],
            changes);
    }

    [Fact]
    public void Given_a_branch_with_commits_and_local_edits_When_asked_since_main_Then_committed_staged_and_untracked_changes_are_listed_but_not_mains_later_ones()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("pr", "archive"), "input");
        GitRepository.Init(temp.Path);
        GitRepository.Git(temp.Path, "checkout", "--quiet", "-b", "proposal");
        File.AppendAllText(Path.Combine(input, "digests", "2024", "sora-testers-protest.md"), "\nMore detail.\n");
        GitRepository.CommitAll(temp.Path, "edit");
        GitRepository.Git(temp.Path, "checkout", "--quiet", "main");
        File.AppendAllText(Path.Combine(input, "tags.yml"), "\n");
        GitRepository.CommitAll(temp.Path, "main moves on");
        GitRepository.Git(temp.Path, "checkout", "--quiet", "proposal");
        GitRepository.Git(temp.Path, "rm", "--quiet", Path.Combine("input", "digests", "2023", "wga-strike-ai.md"));
        File.WriteAllText(Path.Combine(input, "digests", "new-story.md"), "---\n---\n");

        var changes = GitChanges.Since("main", input, out var problem);

        Assert.Null(problem);
        Assert.Equal(
            [
                new ChangedFile(Path.Combine(input, "digests", "2023", "wga-strike-ai.md"), ChangeKind.Deleted),
                new ChangedFile(Path.Combine(input, "digests", "2024", "sora-testers-protest.md"), ChangeKind.Modified),
                new ChangedFile(Path.Combine(input, "digests", "new-story.md"), ChangeKind.Added),
            ],
            changes);
    }

    [Fact]
    public void Given_a_folder_outside_any_repository_When_asked_Then_the_problem_is_reported_not_thrown()
    {
        using var temp = new TempFolder();

        var changes = GitChanges.Since("main", temp.Path, out var problem);

        Assert.Null(changes);
        Assert.Contains("not a git repository", problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Given_a_ref_that_looks_like_an_option_When_asked_Then_git_is_not_run()
    {
        Assert.Null(GitChanges.Since("--output=/tmp/x", ".", out var problem));
        Assert.Equal("'--output=/tmp/x' is not a git ref", problem);
    }
}
