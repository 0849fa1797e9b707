using System.Text;
using ArchiveSite.Model;
using ArchiveSite.Tests.Output.Faults;

namespace ArchiveSite.Tests.Model;

/// <summary>Bodies kept in the run's temporary file: read back exactly, from any thread, and never left on disk.</summary>
public class Utf8StoreTests
{
    [Fact]
    public void Given_bodies_kept_in_a_store_When_written_Then_each_comes_back_exactly_across_every_piece_boundary()
    {
        using var store = Utf8Store.Create()!;
        for (var offset = 0; offset < 4; offset++)
        {
            var text = new StringBuilder("<p>").Append('a', offset);
            while (text.Length < 3 * 4096)
            {
                text.Append("🎨 é — <em>x</em> ");
            }

            var html = text.ToString();
            var kept = Utf8Html.Of(new StringBuilder(html), store);
            var written = new StringWriter();
            kept.WriteTo(written);

            Assert.Equal(html, written.ToString());
            Assert.Equal(html, kept.ToString());
            Assert.Equal(Encoding.UTF8.GetByteCount(html), kept.Length);
            Assert.Equal(new Utf8Html(html), kept);
        }

        Assert.True(store.Length > 3 * 3 * 4096);
    }

    [Fact]
    public void Given_many_threads_adding_bodies_at_once_Then_every_body_reads_back_as_it_was_added()
    {
        using var store = Utf8Store.Create()!;
        var texts = Enumerable.Range(0, 2000).Select(i => $"<p>body {i}</p>" + new string((char)('a' + (i % 26)), i % 5000)).ToArray();
        var kept = new Utf8Html[texts.Length];

        Parallel.For(0, texts.Length, i => kept[i] = Utf8Html.Of(new StringBuilder(texts[i]), store));

        Assert.All(Enumerable.Range(0, texts.Length), i => Assert.Equal(texts[i], kept[i].ToString()));
        Assert.NotEqual(kept[1], kept[2]);
    }

    [Fact]
    public void Given_a_store_Then_its_file_has_no_name_in_the_folder_so_nothing_outlives_the_process()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "the file is removed at once only where an open file may lose its name");
        using var temp = new TempFolder();

        using var store = Utf8Store.Create(temp.Path)!;
        var kept = store.Add("<p>kept</p>"u8);

        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
        Assert.Equal("<p>kept</p>", kept.ToString());
    }

    [Fact]
    public void Given_a_temporary_disk_that_fills_up_Then_later_bodies_stay_in_memory_and_every_body_reads_back()
    {
        using var temp = new TempFolder();
        using var disk = Tmpfs.Mount(temp.Combine("disk"), "64k");
        using var store = Utf8Store.Create(disk.Path)!;
        var texts = Enumerable.Range(0, 40).Select(i => $"<p>{i}</p>" + new string('x', 4000)).ToArray();

        var kept = texts.Select(t => Utf8Html.Of(new StringBuilder(t), store)).ToArray(); // 160 KB into 64 KB

        Assert.InRange(store.Length, 1, 64 * 1024 + 4100);
        Assert.Equal(texts, kept.Select(k => k.ToString()));
    }

    [Fact]
    public void Given_no_usable_temporary_folder_Then_there_is_no_store_and_bodies_stay_in_memory()
    {
        using var temp = new TempFolder();

        var store = Utf8Store.Create(temp.Combine("missing"));
        var kept = Utf8Html.Of(new StringBuilder("<p>in memory</p>"), store);

        Assert.Null(store);
        Assert.Equal("<p>in memory</p>", kept.ToString());
    }
}
