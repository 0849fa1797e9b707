using System.Diagnostics;
using ArchiveSite.Tests.Cli;

namespace ArchiveSite.Tests.Output.Faults;

/// <summary>A real <c>archivesite build</c> killed with SIGKILL at random moments: the output folder is always a complete site, and the next build cleans up.</summary>
[Collection(FaultTests.Collection)]
public class KilledBuildTests
{
    private const int Kills = 20;
    private const int Seed = 20241126; // Fixed: the same moments on every run, so a failure can be replayed.

    [Fact]
    public void Given_builds_killed_at_random_moments_Then_the_output_is_the_whole_old_or_new_site_and_the_next_build_leaves_nothing_beside_it()
    {
        using var temp = new TempFolder();
        string[] inputs = [FaultCorpus.Write(temp.Combine("a"), "Archive A"), FaultCorpus.Write(temp.Combine("b"), "Archive B")];
        var output = temp.Combine("site", "out");

        // The two complete sites: the old one built by the tool into the output folder (which also times a build), the new
        // one beside it in process (the same library, so the same bytes, without a second start-up).
        var clock = Stopwatch.StartNew();
        var run = CliProcess.Run(temp.Path, "build", "-i", inputs[0], "-t", RepositoryPaths.Theme, "-o", output, "--no-search");
        var buildTime = clock.Elapsed;
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(SiteBuilds.Build(inputs[1], temp.Combine("whole-b", "out")).Succeeded);
        SortedDictionary<string, string>[] complete = [SiteManifest.Of(output), SiteManifest.Of(temp.Combine("whole-b", "out"))];
        Assert.False(SiteManifest.Same(complete[0], complete[1]));

        var random = new Random(Seed);
        var outcomes = new List<string>();
        var current = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            var next = 1 - current;
            var moment = TimeSpan.FromMilliseconds(random.Next((int)(buildTime.TotalMilliseconds * 1.1)));
            var finished = KillAt(temp, inputs[next], output, moment);

            var now = SiteManifest.Of(output);
            var leftovers = SiteManifest.Beside(output);
            var isOld = SiteManifest.Same(now, complete[current]);
            Assert.True(isOld || SiteManifest.Same(now, complete[next]),
                $"kill {kill} at {moment.TotalMilliseconds:0} ms left {now.Count} files in the output folder, neither the old site nor the new one");
            Assert.All(leftovers, name => Assert.True(IsRemovable(Path.Combine(Path.GetDirectoryName(output)!, name)), $"{name} has files but no marker"));
            outcomes.Add(finished ? "finished first" : (isOld, leftovers.Count > 0) switch
            {
                (true, false) => "old site, nothing staged yet",
                (true, true) => "old site, new one half staged",
                (false, true) => "new site, old one half deleted",
                (false, false) => "new site, nothing left",
            });

            // The next build (in process, to keep the suite short: the cleanup is the library's) removes what the kill left.
            Assert.True(SiteBuilds.Build(inputs[next], output).Succeeded);
            Assert.True(SiteManifest.Same(SiteManifest.Of(output), complete[next]), $"the build after kill {kill} is not the complete new site");
            Assert.Empty(SiteManifest.Beside(output));
            current = next;
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"build {buildTime.TotalSeconds:0.00} s; {Kills} kills: " + string.Join(", ", outcomes.CountBy(o => o).Select(o => $"{o.Value} {o.Key}")));
    }

    /// <summary>Starts a build and kills it (SIGKILL) after <paramref name="moment"/>; true when it finished before that.</summary>
    private static bool KillAt(TempFolder temp, string input, string output, TimeSpan moment)
    {
        using var build = CliProcess.Start(temp.Path, "build", "-i", input, "-t", RepositoryPaths.Theme, "-o", output, "--no-search");
        if (build.WaitForExit(moment))
        {
            Assert.Equal(0, build.ExitCode);
            return true;
        }

        build.Kill();
        build.WaitForExit();
        return false;
    }

    // What the next build may delete: a marked folder, or an empty one (a kill between removing the marker and the folder).
    private static bool IsRemovable(string folder) =>
        File.Exists(Path.Combine(folder, ".archivesite-output")) || !Directory.EnumerateFileSystemEntries(folder).Any();
}
