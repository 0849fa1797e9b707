using ArchiveSite.Cache;

namespace ArchiveSite.Tests.Cache;

/// <summary>The cache's state file: what a build writes is what the next build reads, and a file that is not one is refused.</summary>
public class StateFileTests
{
    private static readonly StoredState State = new(
        new SessionState(
            new Dictionary<string, string>(StringComparer.Ordinal) { ["index.html"] = "A1", ["tags/labor/index.html"] = "B2" },
            ["index.html", "tags/labor/index.html", "feed.xml", "assets/site.1234.css"],
            ["index.html", "tags/labor/index.html"],
            ["feed.xml"],
            new Dictionary<string, string>(StringComparer.Ordinal) { ["site.css"] = "site.1234.css" },
            "theme-fingerprint",
            new Dictionary<string, string[]>(StringComparer.Ordinal) { ["/"] = ["/tags/labor/", "/feed.xml", "/tags/labor/"], ["/tags/labor/"] = [] })
        {
            SiteFileKeys = new Dictionary<string, string[]>(StringComparer.Ordinal) { ["K1"] = ["feed.xml"], ["K2"] = ["a/cite.bib", "a/cite.ris", "a/cite.json"] },
        },
        new Dictionary<string, string>(StringComparer.Ordinal) { ["index.html"] = "H1", ["feed.xml"] = "H2", ["déjà vu/ü.html"] = "H3" });

    [Fact]
    public void Given_a_state_When_written_and_read_back_Then_every_member_is_the_same()
    {
        var read = StateFile.Read(StateFile.Write(State));

        Assert.Equal(State.Session.PageKeys, read.Session.PageKeys);
        Assert.Equal(State.Session.Files, read.Session.Files);
        Assert.Equal(State.Session.PageFiles, read.Session.PageFiles);
        Assert.Equal(State.Session.SiteFiles, read.Session.SiteFiles);
        Assert.Equal(State.Session.Assets, read.Session.Assets);
        Assert.Equal(State.Session.AssetsFingerprint, read.Session.AssetsFingerprint);
        Assert.Equal(State.Session.Links.Keys.Order(), read.Session.Links.Keys.Order());
        Assert.All(State.Session.Links, l => Assert.Equal(l.Value, read.Session.Links[l.Key]));
        Assert.Equal(State.Hashes, read.Hashes);
        Assert.Equal(State.Session.SiteFileKeys.Keys.Order(), read.Session.SiteFileKeys.Keys.Order());
        Assert.All(State.Session.SiteFileKeys, k => Assert.Equal(k.Value, read.Session.SiteFileKeys[k.Key]));
    }

    [Fact]
    public void Given_the_same_state_When_written_twice_Then_the_bytes_are_the_same()
    {
        Assert.Equal(StateFile.Write(State), StateFile.Write(State));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("extended")]
    [InlineData("bad index")]
    public void Given_bytes_that_are_not_a_state_file_When_read_Then_they_are_refused(string damage)
    {
        var bytes = StateFile.Write(State);
        byte[] damaged = damage switch
        {
            "truncated" => bytes[..(bytes.Length - 3)],
            "extended" => [.. bytes, 0],
            _ => [.. bytes[..^1], 0x7F], // The last hash's index, far outside the table.
        };

        var refused = Record.Exception(() => StateFile.Read(damaged));
        Assert.True(refused is IOException or InvalidDataException, refused?.ToString() ?? "read without complaint");
    }
}
