using ArchiveSite.Output;

namespace ArchiveSite.Tests.Output;

/// <summary>The swap that puts a staged site in the output folder's place.</summary>
public class FolderSwapTests
{
    [Fact]
    public void Given_no_output_folder_yet_When_swapped_Then_the_staged_folder_becomes_it_and_nothing_is_left_to_delete()
    {
        using var temp = new TempFolder();
        var staged = Site(temp.Combine(".out.staging-1"), "new");

        Assert.Null(FolderSwap.Replace(staged, temp.Combine("out")));

        Assert.Equal("new", File.ReadAllText(temp.Combine("out", "index.html")));
        Assert.False(Directory.Exists(staged));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Given_an_output_folder_When_swapped_with_or_without_the_exchange_Then_it_holds_the_new_site_and_the_old_one_is_returned(bool exchange)
    {
        using var temp = new TempFolder();
        var output = Site(temp.Combine("out"), "old");
        var staged = Site(temp.Combine(".out.staging-1"), "new");

        var previous = FolderSwap.Replace(staged, output, exchange);

        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal("old", File.ReadAllText(Path.Combine(previous!, "index.html")));
        Assert.Equal(2, Directory.GetDirectories(temp.Path).Length);
    }

    [Fact]
    public async Task While_sites_are_swapped_again_and_again_Then_the_output_path_never_lacks_a_site()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "the atomic exchange is Linux's renameat2; other systems get two renames (README)");
        using var temp = new TempFolder();
        var output = Site(temp.Combine("out"), "a");
        var staged = Site(temp.Combine(".out.staging-1"), "b");
        using var stop = new CancellationTokenSource();
        var misses = 0;
        var checks = 0;
        var watcher = Task.Factory.StartNew(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                misses += File.Exists(Path.Combine(output, "index.html")) ? 0 : 1;
                Interlocked.Increment(ref checks);
            }
        }, TestContext.Current.CancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        while (Volatile.Read(ref checks) == 0)
        {
            Thread.Yield();
        }

        // Each Replace leaves the previous site at the staged path, ready to be swapped back in. Two renames in a row
        // leave the output path empty for a few microseconds each time: over 2,000 swaps the watcher sees that.
        for (var i = 0; i < 2000; i++)
        {
            staged = FolderSwap.Replace(staged, output)!;
        }

        await stop.CancelAsync();
        await watcher;
        Assert.True(checks > 1000, $"the watcher ran only {checks} times");
        Assert.Equal(0, misses);
    }

    private static string Site(string folder, string text)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "index.html"), text);
        return folder;
    }
}
