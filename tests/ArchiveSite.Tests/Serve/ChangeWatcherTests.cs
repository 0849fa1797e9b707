using ArchiveSite.Cli.Serve;

namespace ArchiveSite.Tests.Serve;

public class ChangeWatcherTests
{
    [Fact]
    public async Task Given_a_burst_of_writes_When_they_settle_Then_one_batch_names_every_file_touched()
    {
        using var temp = new TempFolder();
        var folder = Directory.CreateDirectory(temp.Combine("input", "digests")).FullName;
        using var watcher = new ChangeWatcher([temp.Combine("input")], TimeSpan.FromMilliseconds(300));
        var a = Path.Combine(folder, "a.md");
        var b = Path.Combine(folder, "b.md");

        File.WriteAllText(a, "one");
        File.WriteAllText(a, "two");
        File.WriteAllText(b, "three");
        File.Move(b, b + ".renamed");

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var batch = await watcher.Batches.ReadAsync(patience.Token);
        Assert.NotNull(batch);
        Assert.Superset(new HashSet<string> { a, b, b + ".renamed" }, batch.ToHashSet());
        Assert.False(watcher.Batches.TryRead(out _));
    }
}
