using ArchiveSite.Tests.Cli;

namespace ArchiveSite.Tests.Output.Faults;

/// <summary>A disk that fills up during a build (ENOSPC), or an output folder that cannot be renamed: one diagnostic, the old site intact.</summary>
[Collection(FaultTests.Collection)]
public class FullDiskTests
{
    [Fact]
    public void Given_a_disk_that_fills_up_during_a_build_Then_one_AS0320_line_says_so_and_the_old_site_is_intact()
    {
        using var temp = new TempFolder();
        using var disk = Tmpfs.Mount(temp.Combine("disk"), "2m"); // The minimal site fits (about 0.2 MB); 200 more digests (about 4 MB) do not.
        var output = Path.Combine(disk.Path, "out");
        Assert.Equal(0, Build(temp, RepositoryPaths.Fixture("minimal"), output).ExitCode);
        var before = SiteManifest.Of(output);

        var run = Build(temp, FaultCorpus.Write(temp.Combine("big"), "Big archive"), output);

        FaultTests.AssertOneDiagnostic(run, "AS0320");
        Assert.True(SiteManifest.Same(before, SiteManifest.Of(output)));
        Assert.Empty(SiteManifest.Beside(output));
    }

    [Fact]
    public void Given_an_output_folder_that_is_a_mount_point_Then_one_AS0323_line_says_to_mount_its_parent_and_the_folder_is_intact()
    {
        using var temp = new TempFolder();
        using var disk = Tmpfs.Mount(temp.Combine("site", "out"), "2m");
        File.WriteAllText(Path.Combine(disk.Path, ".archivesite-output"), "an earlier build\n");
        File.WriteAllText(Path.Combine(disk.Path, "index.html"), "<p>old</p>");
        var before = SiteManifest.Of(disk.Path);

        var run = Build(temp, RepositoryPaths.Fixture("minimal"), disk.Path);

        FaultTests.AssertOneDiagnostic(run, "AS0323");
        Assert.True(SiteManifest.Same(before, SiteManifest.Of(disk.Path)));
        Assert.Empty(SiteManifest.Beside(disk.Path));
    }

    [Fact]
    public void Given_a_preview_whose_disk_is_full_When_updated_Then_it_reports_AS0320_and_recovers_once_there_is_room()
    {
        using var temp = new TempFolder();
        using var disk = Tmpfs.Mount(temp.Combine("disk"), "2m");
        var ballast = Path.Combine(disk.Path, "ballast");
        File.WriteAllBytes(ballast, new byte[(2 * 1024 * 1024) - (64 * 1024)]); // Leaves less room than the minimal site needs (about 0.2 MB).
        var session = new SiteSession(new BuildOptions(RepositoryPaths.Fixture("minimal"), RepositoryPaths.Theme, Path.Combine(disk.Path, "out"), Search: false, Today: TestArchive.Today));

        var full = session.Update();
        File.Delete(ballast);
        var roomy = session.Update();

        Assert.Contains(full.Diagnostics, d => d.Code == "AS0320");
        Assert.True(roomy.Succeeded, string.Join("\n", roomy.Diagnostics));
        Assert.True(File.Exists(Path.Combine(disk.Path, "out", "index.html")));
    }

    private static CliProcess.Outcome Build(TempFolder temp, string input, string output) =>
        CliProcess.Run(temp.Path, "build", "-i", input, "-t", RepositoryPaths.Theme, "-o", output, "--no-search");
}
