using ArchiveSite.Tests.Cli;

namespace ArchiveSite.Tests.Output.Faults;

/// <summary>A read-only output folder, or a read-only folder around it: one diagnostic saying what to do, the old site intact.</summary>
[Collection(FaultTests.Collection)]
public class ReadOnlyOutputTests
{
    [Theory]
    [InlineData("the output folder")]
    [InlineData("the folder that holds it")]
    public void Given_a_read_only_folder_When_built_Then_one_AS0321_line_names_it_and_the_old_site_is_intact(string which)
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site", "out");
        Assert.Equal(0, Build(temp, output).ExitCode);
        var before = SiteManifest.Of(output);
        var readOnly = which == "the output folder" ? output : temp.Combine("site");

        CliProcess.Outcome run;
        using (ReadOnlyFolder.Make(readOnly))
        {
            run = Build(temp, output);
        }

        FaultTests.AssertOneDiagnostic(run, "AS0321");
        Assert.Contains($"cannot write to '{Path.GetRelativePath(temp.Path, readOnly)}'", run.Stdout, StringComparison.Ordinal);
        Assert.True(SiteManifest.Same(before, SiteManifest.Of(output)));
        Assert.Empty(SiteManifest.Beside(output));
    }

    private static CliProcess.Outcome Build(TempFolder temp, string output) =>
        CliProcess.Run(temp.Path, "build", "-i", RepositoryPaths.Fixture("minimal"), "-t", RepositoryPaths.Theme, "-o", output, "--no-search");
}
