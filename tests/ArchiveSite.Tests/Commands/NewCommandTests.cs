using ArchiveSite.Tests.Cli;

namespace ArchiveSite.Tests.Commands;

/// <summary>`new "Title"` writes a skeleton that check rejects until every TODO is filled in.</summary>
public class NewCommandTests
{
    [Fact]
    public void New_writes_a_dated_skeleton_with_a_unique_slug_that_check_rejects_until_filled()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("minimal"), "input");

        var first = CliProcess.Run(temp.Path, "new", "Testers protest unpaid work!");
        var second = CliProcess.Run(temp.Path, "new", "Testers protest: unpaid work");

        Assert.Equal(0, first.ExitCode);
        var year = DateTime.Now.Year;
        Assert.Equal($"input/digests/{year}/testers-protest-unpaid-work.md", first.Stdout.Trim());
        Assert.Equal($"input/digests/{year}/testers-protest-unpaid-work-2.md", second.Stdout.Trim());
        var text = File.ReadAllText(Path.Combine(input, "digests", year.ToString(), "testers-protest-unpaid-work.md"));
        Assert.Contains("title: \"Testers protest unpaid work!\"", text, StringComparison.Ordinal);
        Assert.Contains($"date: {DateTime.Now:yyyy-MM-dd}", text, StringComparison.Ordinal);
        Assert.Contains("summary: TODO  # required: ", text, StringComparison.Ordinal);

        var check = CliProcess.Run(temp.Path, "check");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"input/digests/{year}/testers-protest-unpaid-work.md:4:10: error AS0113: 'summary' still holds the placeholder", check.Stdout, StringComparison.Ordinal);

        File.Delete(Path.Combine(input, "digests", year.ToString(), "testers-protest-unpaid-work-2.md"));
        File.WriteAllText(Path.Combine(input, "digests", year.ToString(), "testers-protest-unpaid-work.md"), Fill(text));
        var filled = CliProcess.Run(temp.Path, "check");
        Assert.True(filled.ExitCode == 0, filled.Stdout);
    }

    private static string Fill(string skeleton) => skeleton
        .Replace("summary: TODO", "summary: Testers opened a front end for three hours", StringComparison.Ordinal)
        .Replace("tags: [TODO]", "tags: [labor]", StringComparison.Ordinal)
        .Replace("outlet: TODO", "outlet: Example", StringComparison.Ordinal)
        .Replace("title: TODO", "title: Example article", StringComparison.Ordinal)
        .Replace("published: TODO", "published: 2024-11-28", StringComparison.Ordinal)
        .Replace("TODO: the facts, in your own words, each supported by a source above.", "Facts.", StringComparison.Ordinal)
        .Replace("\nTODO\n", "\nText.\n", StringComparison.Ordinal);
}
