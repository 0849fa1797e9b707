using System.Diagnostics;
using System.Text;
using ArchiveSite.Diagnostics;
using ArchiveSite.Input;

namespace ArchiveSite.Tests.Input;

/// <summary>The boundary around each input file: what may be read at all, and how a file that may not becomes one located diagnostic.</summary>
public class InputFileTests
{
    [Fact]
    public async Task Given_a_fifo_named_like_a_digest_When_read_Then_it_is_reported_and_never_opened()
    {
        using var archive = new TestArchive();
        var fifo = Path.Combine(archive.Input, "digests", "2024", "a-pipe.md");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        // WaitAsync fails the test with a timeout instead of hanging it, which is what opening the FIFO would do.
        var diagnostics = await Task.Run(() => Read(archive), TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.NotARegularFile.Id);
        Assert.EndsWith("a-pipe.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("named pipe", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_link_to_a_file_outside_the_input_When_read_Then_it_is_an_error_and_its_content_is_not_read()
    {
        using var archive = new TestArchive();
        var secret = archive.Combine("secret.md");
        File.WriteAllText(secret, File.ReadAllText(archive.Digests[0]).Replace("title: ", "title: SECRET ", StringComparison.Ordinal));
        File.CreateSymbolicLink(Path.Combine(archive.Input, "digests", "2024", "leak.md"), secret);

        var diagnostics = new DiagnosticBag();
        var input = InputReader.Read(archive.Input, false, diagnostics)!;

        var error = Assert.Single(diagnostics.ToSortedList(), d => d.Code == DiagnosticCodes.LinkOutsideInput.Id);
        Assert.Contains("outside the input folder", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(input.Digests, d => d.Title.Contains("SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_link_to_a_digest_inside_the_input_When_read_Then_it_is_read_as_a_digest()
    {
        using var archive = new TestArchive();
        var target = archive.Digests[0];
        File.Move(target, Path.Combine(archive.Input, "digests", "kept-elsewhere.txt"));
        File.CreateSymbolicLink(target, Path.Combine(archive.Input, "digests", "kept-elsewhere.txt"));

        var diagnostics = new DiagnosticBag();
        var input = InputReader.Read(archive.Input, false, diagnostics)!;

        Assert.DoesNotContain(diagnostics.ToSortedList(), d => d.IsError);
        Assert.Contains(input.Digests, d => d.Slug == TestArchive.Slug(target));
    }

    [Fact]
    public void Given_a_folder_link_that_loops_When_read_Then_it_is_one_warning_and_no_digest_is_read_twice()
    {
        using var archive = new TestArchive();
        var digests = Path.Combine(archive.Input, "digests");
        Directory.CreateSymbolicLink(Path.Combine(digests, "2024", "loop"), digests);

        var diagnostics = Read(archive);

        Assert.Equal(DiagnosticCodes.FolderLinkSkipped.Id, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Given_file_links_that_point_at_each_other_When_read_Then_each_is_one_error()
    {
        using var archive = new TestArchive();
        var folder = Path.Combine(archive.Input, "digests", "2024");
        File.CreateSymbolicLink(Path.Combine(folder, "loop-a.md"), Path.Combine(folder, "loop-b.md"));
        File.CreateSymbolicLink(Path.Combine(folder, "loop-b.md"), Path.Combine(folder, "loop-a.md"));

        var diagnostics = Read(archive);

        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.LinkOutsideInput.Id, d.Code));
    }

    [Fact]
    public void Given_invalid_utf8_in_a_summary_When_read_Then_it_is_an_error_at_its_line_and_column()
    {
        using var archive = new TestArchive();
        var file = archive.Digests[0];
        var lines = File.ReadAllLines(file);
        var at = Array.FindIndex(lines, l => l.StartsWith("date: ", StringComparison.Ordinal));
        var bytes = new List<byte>();
        for (var i = 0; i < lines.Length; i++)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(i == at + 1 ? "# é" : lines[i]));
            if (i == at + 1)
            {
                bytes.Add(0xC3); // A lead byte with no continuation.
            }

            bytes.Add((byte)'\n');
        }

        File.WriteAllBytes(file, [.. bytes]);
        var error = Assert.Single(Read(archive));

        Assert.Equal(DiagnosticCodes.NotUtf8.Id, error.Code);
        Assert.Equal((at + 2, 4), (error.Location.Line, error.Location.Column));
        Assert.Contains("0xC3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_utf16_file_When_read_Then_it_is_asked_to_be_saved_as_utf8()
    {
        using var archive = new TestArchive();
        var file = archive.Digests[0];
        File.WriteAllText(file, File.ReadAllText(file), Encoding.Unicode);

        Assert.Equal(DiagnosticCodes.NotUtf8.Id, Assert.Single(Read(archive)).Code);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void Given_a_file_at_and_past_the_byte_limit_When_read_Then_only_the_larger_one_is_refused(int extra, bool refused)
    {
        using var archive = new TestArchive();
        var file = archive.Digests[0];
        var text = File.ReadAllText(file) + "\n";
        var padding = InputLimits.FileBytes - Encoding.UTF8.GetByteCount(text) + extra;
        var line = new string('a', InputLimits.LineLength - 1) + "\n";
        var body = new StringBuilder(text);
        for (; padding >= line.Length; padding -= line.Length)
        {
            body.Append(line);
        }

        body.Append('b', padding);
        File.WriteAllText(file, body.ToString());

        Assert.Equal(refused, Read(archive).Any(d => d.Code == DiagnosticCodes.FileTooLarge.Id));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void Given_a_line_at_and_past_the_length_limit_When_read_Then_only_the_longer_one_is_refused(int extra, bool refused)
    {
        using var archive = new TestArchive();
        var file = archive.Digests[0];
        File.AppendAllText(file, "\n" + new string('x', InputLimits.LineLength + extra) + "\n");

        var diagnostics = Read(archive);

        Assert.Equal(refused, diagnostics.Any(d => d.Code == DiagnosticCodes.LineTooLong.Id));
        if (refused)
        {
            Assert.Equal(InputLimits.LineLength + 1, diagnostics.Single(d => d.Code == DiagnosticCodes.LineTooLong.Id).Location.Column);
        }
    }

    [Theory]
    [InlineData("new\nline.md")]
    [InlineData("esc\u001b[31m.md")]
    [InlineData("::error file=x::smuggled\n.md")]
    [InlineData("bidi\u202Eevil.md")]
    public void Given_a_file_name_that_cannot_be_printed_safely_When_read_Then_it_is_a_located_error_and_not_parsed(string name)
    {
        using var archive = new TestArchive();
        File.Copy(archive.Digests[0], Path.Combine(archive.Input, "digests", "2024", name));

        var error = Assert.Single(Read(archive));

        Assert.Equal(DiagnosticCodes.UnprintableFileName.Id, error.Code);
        Assert.Equal((1, 1), (error.Location.Line, error.Location.Column));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-4000)]
    [InlineData(20_000)]
    [InlineData(InputLimits.FileBytes + 5)]
    public void Given_a_file_whose_size_moved_after_the_scan_When_read_Then_its_bytes_as_they_are_now_are_hashed(int moved)
    {
        using var archive = new TestArchive();
        var file = archive.Digests[0];
        var bytes = File.ReadAllBytes(file);
        var root = Path.GetFullPath(archive.Input);

        // The size the folder's scan saw, before the file grew or shrank by this much: the bytes read are the file's own.
        var result = InputFile.Read(file, file, root, (_, _, _) => "parsed", expectedLength: Math.Max(0, bytes.Length + moved));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)), result.Hash);
    }

    private static IReadOnlyList<Diagnostic> Read(TestArchive archive)
    {
        var diagnostics = new DiagnosticBag();
        InputReader.Read(archive.Input, false, diagnostics);
        return diagnostics.ToSortedList();
    }
}
