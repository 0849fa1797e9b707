using System.Text;
using ArchiveSite.Diagnostics;
using ArchiveSite.Output;
using ArchiveSite.Tests.Output.Faults;

namespace ArchiveSite.Tests.Output;

public class InPlaceFolderTests
{
    [Fact]
    public void Given_a_file_with_the_same_bytes_When_written_Then_it_is_left_untouched()
    {
        using var temp = new TempFolder();
        var folder = InPlaceFolder.Open(temp.Combine("site"), [], [], new DiagnosticBag())!;
        folder.Write("digests/x/index.html", "<p>one</p>");
        var path = Path.Combine(folder.Root, "digests", "x", "index.html");
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);
        folder.TakeWritten();

        folder.Write("digests/x/index.html", "<p>one</p>");
        folder.Write("digests/y/index.html", "<p>two</p>");

        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.Equal(["digests/y/index.html"], folder.TakeWritten());
    }

    [Fact]
    public void Given_a_changed_file_When_written_Then_no_temporary_file_is_left_beside_it()
    {
        using var temp = new TempFolder();
        var folder = InPlaceFolder.Open(temp.Combine("site"), [], [], new DiagnosticBag())!;
        folder.Write("feed.xml", "a");

        folder.Write("feed.xml", Encoding.UTF8.GetBytes("b"));

        Assert.Equal("b", File.ReadAllText(Path.Combine(folder.Root, "feed.xml")));
        Assert.Equal([".archivesite-output", "feed.xml"], Directory.GetFiles(folder.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Given_a_streamed_export_When_written_again_Then_only_changed_bytes_replace_the_file_and_nothing_is_left_beside_it()
    {
        using var temp = new TempFolder();
        var folder = InPlaceFolder.Open(temp.Combine("site"), [], [], new DiagnosticBag())!;
        var big = new string('x', 200_000); // Longer than one comparison buffer, so the comparison runs past its first piece.
        void Export(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));
        folder.Write("data/digests.json", stream => Export(stream, big + "a"));
        folder.TakeWritten();

        folder.Write("data/digests.json", stream => Export(stream, big + "a"));
        var unchanged = folder.TakeWritten();
        folder.Write("data/digests.json", stream => Export(stream, big + "b"));

        Assert.Empty(unchanged);
        Assert.Equal(["data/digests.json"], folder.TakeWritten());
        Assert.Equal(big + "b", File.ReadAllText(Path.Combine(folder.Root, "data", "digests.json")));
        Assert.Equal(["digests.json"], Directory.GetFiles(Path.Combine(folder.Root, "data")).Select(Path.GetFileName));
    }

    [Fact]
    public void Given_a_streamed_export_that_fails_halfway_Then_the_old_file_stays_and_nothing_is_left_beside_it()
    {
        using var temp = new TempFolder();
        var folder = InPlaceFolder.Open(temp.Combine("site"), [], [], new DiagnosticBag())!;
        folder.Write("data/lookup.json", "{}");

        Assert.Throws<IOException>(() => folder.Write("data/lookup.json", stream =>
        {
            stream.Write("{\"half"u8);
            throw new IOException("No space left on device");
        }));

        Assert.Equal("{}", File.ReadAllText(Path.Combine(folder.Root, "data", "lookup.json")));
        Assert.Equal(["lookup.json"], Directory.GetFiles(Path.Combine(folder.Root, "data")).Select(Path.GetFileName));
    }

    [Fact]
    public void Given_a_path_that_leaves_the_folder_When_written_or_removed_Then_it_is_refused()
    {
        using var temp = new TempFolder();
        var folder = InPlaceFolder.Open(temp.Combine("site"), [], [], new DiagnosticBag())!;
        File.WriteAllText(temp.Combine("outside.txt"), "keep");

        Assert.Throws<InvalidOperationException>(() => folder.Write("../outside.txt", "x"));
        Assert.Throws<InvalidOperationException>(() => folder.Remove(["../outside.txt"]));
        Assert.Equal("keep", File.ReadAllText(temp.Combine("outside.txt")));
    }

    [Fact]
    public void Given_removed_files_When_their_folders_empty_Then_the_folders_go_too()
    {
        using var temp = new TempFolder();
        var folder = InPlaceFolder.Open(temp.Combine("site"), [], [], new DiagnosticBag())!;
        folder.Write("tags/x/page/2/index.html", "<p>2</p>");
        folder.Write("tags/x/index.html", "<p>1</p>");

        var removed = folder.Remove(["tags/x/page/2/index.html", "tags/x/page/3/index.html"]);

        Assert.Equal(["tags/x/page/2/index.html"], removed);
        Assert.False(Directory.Exists(Path.Combine(folder.Root, "tags", "x", "page")));
        Assert.True(File.Exists(Path.Combine(folder.Root, "tags", "x", "index.html")));
    }

    [Fact]
    public void Given_a_read_only_folder_When_opened_Then_it_is_an_AS0321_diagnostic_not_an_exception()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("site"));
        var diagnostics = new DiagnosticBag();

        using (ReadOnlyFolder.Make(temp.Combine("site")))
        {
            Assert.Null(InPlaceFolder.Open(temp.Combine("site"), [], [], diagnostics));
        }

        Assert.Equal("AS0321", Assert.Single(diagnostics.ToSortedList()).Code);
    }
}
