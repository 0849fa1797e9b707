using ArchiveSite.Cache;
using ArchiveSite.Output;

namespace ArchiveSite.Tests.Cache;

/// <summary>The proof that lets a cached build take the cache's site as its staging folder: any file added to, removed
/// from or replaced in either folder, at any depth, makes the two folders strangers.</summary>
public sealed class SiteTwinsTests : IDisposable
{
    private static readonly string[] Files = ["index.html", "feed.xml", "digests/a/index.html", "digests/a/cite.bib", "digests/b/index.html", "tags/labor/page/2/index.html"];
    private readonly string _root = Path.Combine(Path.GetTempPath(), "twins-" + Guid.NewGuid().ToString("N"));

    private string Output => Path.Combine(_root, "output");

    private string Site => Path.Combine(_root, "site");

    public SiteTwinsTests()
    {
        foreach (var file in Files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Output, file))!);
            File.WriteAllText(Path.Combine(Output, file), $"<p>{file}</p>\n");
        }

        File.WriteAllText(Path.Combine(Output, OutputPolicy.MarkerFile), "marker\n");
        SiteLinks.Link(Output, Site, Files);
    }

    [Fact]
    public void Given_a_site_linked_from_the_output_When_compared_Then_they_are_twins()
    {
        Assert.True(SiteTwins.Are(Output, Site, Files));
    }

    [Theory]
    [InlineData("output", "added", "digests/a/notes.txt")]
    [InlineData("output", "added", "top.txt")]
    [InlineData("output", "replaced", "digests/a/cite.bib")]
    [InlineData("output", "replaced", "tags/labor/page/2/index.html")]
    [InlineData("output", "removed", "digests/b/index.html")]
    [InlineData("output", "folder added", "digests/c")]
    [InlineData("site", "added", "digests/b/extra.html")]
    [InlineData("site", "replaced", "index.html")]
    [InlineData("site", "removed", "feed.xml")]
    public void Given_one_file_changed_in_either_folder_When_compared_Then_they_are_not_twins(string where, string change, string file)
    {
        var path = Path.Combine(where == "output" ? Output : Site, file);
        switch (change)
        {
            case "added":
                File.WriteAllText(path, "a file nobody built\n");
                break;
            case "replaced":
                var text = File.ReadAllText(path);
                File.Delete(path); // As an editor saves: a new file under the old name, with the same bytes.
                File.WriteAllText(path, text);
                break;
            case "removed":
                File.Delete(path);
                break;
            default:
                Directory.CreateDirectory(path);
                break;
        }

        Assert.False(SiteTwins.Are(Output, Site, Files));
    }

    [Fact]
    public void Given_twins_that_hold_a_file_the_site_does_not_list_When_compared_Then_they_are_not_twins()
    {
        Assert.False(SiteTwins.Are(Output, Site, Files[1..]));
    }

    [Fact]
    public void Given_an_output_whose_file_is_a_link_to_the_sites_When_compared_Then_they_are_not_twins()
    {
        var path = Path.Combine(Output, "feed.xml");
        File.Delete(path);
        File.CreateSymbolicLink(path, Path.Combine(Site, "feed.xml"));

        Assert.False(SiteTwins.Are(Output, Site, Files));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
