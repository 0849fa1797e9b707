using ArchiveSite.Diagnostics;
using ArchiveSite.Input;

namespace ArchiveSite.Tests.Input;

public class InputReaderTests
{
    [Fact]
    public void Given_a_reader_When_one_digest_changes_Then_only_it_is_reported_changed_and_read_with_its_new_title()
    {
        using var archive = new TestArchive();
        var cache = new InputReader(archive.Input, includeDrafts: false);
        var first = cache.Read(null, new DiagnosticBag())!;
        var edited = archive.Digests[0];

        TestArchive.SetTitle(edited, "A title the cache must see");
        var second = cache.Read([edited], new DiagnosticBag())!;

        Assert.Equal([Path.GetFileName(edited)], cache.Changed.Select(Path.GetFileName));
        Assert.Equal([TestArchive.Slug(edited)], cache.ChangedDigests);
        Assert.Equal("A title the cache must see", second.Digests.Single(d => d.Slug == TestArchive.Slug(edited)).Title);
        Assert.Equal(first.Digests.Count, second.Digests.Count);
    }

    [Fact]
    public void Given_a_reader_When_a_digest_is_saved_with_the_same_bytes_Then_nothing_is_reported_changed()
    {
        using var archive = new TestArchive();
        var cache = new InputReader(archive.Input, includeDrafts: false);
        cache.Read(null, new DiagnosticBag());
        var saved = archive.Digests[0];

        File.WriteAllText(saved, File.ReadAllText(saved));
        File.SetLastWriteTimeUtc(saved, DateTime.UtcNow.AddMinutes(1));
        cache.Read([saved], new DiagnosticBag());

        Assert.Empty(cache.Changed);
        Assert.Empty(cache.ChangedDigests);
    }

    [Fact]
    public void Given_a_read_cache_When_read_again_Then_it_matches_a_fresh_read()
    {
        using var archive = new TestArchive();
        var cache = new InputReader(archive.Input, includeDrafts: false);
        cache.Read(null, new DiagnosticBag());

        var cached = cache.Read(null, new DiagnosticBag())!;
        var read = InputReader.Read(archive.Input, false, new DiagnosticBag())!;

        Assert.Equal(read.Digests.Select(d => d.SourcePath), cached.Digests.Select(d => d.SourcePath));
        Assert.Equal(read.DigestFiles, cached.DigestFiles);
        Assert.Equal(read.Pages.Select(p => p.Slug), cached.Pages.Select(p => p.Slug));
        Assert.Equal(read.Settings, cached.Settings);
        Assert.Equal(read.Tags.Select(t => t.Key), cached.Tags.Select(t => t.Key));
    }

    [Fact]
    public void Given_a_file_with_errors_When_another_file_changes_Then_its_errors_are_still_reported()
    {
        using var archive = new TestArchive();
        var cache = new InputReader(archive.Input, includeDrafts: false);
        cache.Read(null, new DiagnosticBag());
        var broken = archive.Digests[0];
        TestArchive.BreakYaml(broken);
        cache.Read([broken], new DiagnosticBag());

        var other = archive.Digests[1];
        TestArchive.SetTitle(other, "Another digest edited meanwhile");
        var diagnostics = new DiagnosticBag();
        cache.Read([other], diagnostics);

        Assert.Contains(diagnostics.ToSortedList(), d => d.IsError && d.Location.Path.EndsWith(Path.GetFileName(broken), StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_watcher_names_a_folder_When_it_was_renamed_Then_the_cache_looks_at_every_file_and_sees_the_move()
    {
        using var archive = new TestArchive();
        var cache = new InputReader(archive.Input, includeDrafts: false);
        var before = cache.Read(null, new DiagnosticBag())!;
        var year = Path.GetDirectoryName(archive.Digests[0])!;
        var moved = year + "-moved";

        Directory.Move(year, moved);
        var after = cache.Read([year, moved], new DiagnosticBag())!;

        Assert.Equal(before.Digests.Count, after.Digests.Count);
        Assert.Contains(after.Digests, d => d.SourcePath.Contains("-moved/", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_deleted_digest_When_the_watcher_names_it_Then_it_is_gone_from_the_input()
    {
        using var archive = new TestArchive();
        var cache = new InputReader(archive.Input, includeDrafts: false);
        var before = cache.Read(null, new DiagnosticBag())!;
        var deleted = archive.Digests.First(f => !File.ReadAllText(f).Contains("related:", StringComparison.Ordinal));

        File.Delete(deleted);
        var after = cache.Read([deleted], new DiagnosticBag())!;

        Assert.Equal(before.Digests.Count - 1, after.Digests.Count);
        Assert.DoesNotContain(after.Digests, d => d.Slug == TestArchive.Slug(deleted));
    }
}
