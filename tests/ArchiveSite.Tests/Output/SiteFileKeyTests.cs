using ArchiveSite.Output;

namespace ArchiveSite.Tests.Output;

/// <summary>Files beside the pages in a session that keeps its state: a maker runs again exactly when what it makes its
/// files from changed, as told by a hash of its arguments.</summary>
public class SiteFileKeyTests
{
    [Fact]
    public void Given_a_digest_When_its_bytes_or_its_dates_change_Then_its_key_moves_and_otherwise_it_stays()
    {
        using var archive = new TestArchive();
        var digest = archive.Model().Digests[0];
        var key = SiteFileKey.Of("feed", "title", new[] { digest });

        Assert.Equal(key, SiteFileKey.Of("feed", "title", new[] { archive.Model().Digests[0] }));
        Assert.NotEqual(key, SiteFileKey.Of("feed", "title", new[] { digest with { ContentHash = digest.ContentHash + "0" } }));
        Assert.NotEqual(key, SiteFileKey.Of("feed", "title", new[] { digest with { LastCommit = new DateOnly(2026, 1, 2) } }));
        Assert.NotEqual(key, SiteFileKey.Of("feed", "another title", new[] { digest }));
        Assert.NotEqual(key, SiteFileKey.Of("sitemap", "title", new[] { digest }));
        Assert.NotEqual(SiteFileKey.Of("feed", digest with { ContentHash = "" }), SiteFileKey.Of("feed", digest with { ContentHash = "" }));
    }

    [Fact]
    public void Given_the_keys_of_the_last_run_When_the_files_are_made_Then_only_makers_with_a_new_key_or_none_run()
    {
        var folder = new RecordingFolder();
        SiteFileMaker Maker(string? key, params string[] paths) => new(
            key is null ? null : () => key,
            () => paths.Select(p => (SiteFile)(p, System.Text.Encoding.UTF8.GetBytes(p))));
        var previous = new Dictionary<string, string[]>(StringComparer.Ordinal) { ["kept"] = ["a/cite.bib", "a/cite.ris"], ["gone"] = ["old.xml"] };
        var makers = new[]
        {
            new SiteFileMaker(() => "kept", () => throw new InvalidOperationException("a kept maker ran")),
            Maker("moved", "feed.xml"),
            Maker(null, "data/digests.csv"),
        };

        var (paths, keys, made) = KeptSiteFiles.Write(makers, previous, folder);

        Assert.Equal(["a/cite.bib", "a/cite.ris", "feed.xml", "data/digests.csv"], paths);
        Assert.Equal(["data/digests.csv", "feed.xml"], folder.Written.Order(StringComparer.Ordinal));
        Assert.Equal(2, made);
        Assert.Equal(["kept", "moved"], keys.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["feed.xml"], keys["moved"]);
    }

    private sealed class RecordingFolder : SiteFolder
    {
        public System.Collections.Concurrent.ConcurrentBag<string> Written { get; } = [];

        public override string Root => "/nowhere";

        public override bool Fresh => false;

        public override void Write(string sitePath, ReadOnlySpan<byte> content) => Written.Add(sitePath);

        public override void Write(string sitePath, Action<Stream> write) => Written.Add(sitePath);

        public override List<string> TakeWritten() => [];

        public override List<string> Files(IReadOnlyList<string> keptFolders) => [];

        public override List<string> Remove(IEnumerable<string> sitePaths) => [];
    }
}
