using ArchiveSite.Diagnostics;
using ArchiveSite.Output;

namespace ArchiveSite.Tests.Output;

public class StagingFolderTests
{
    [Fact]
    public void Given_a_previous_site_When_a_new_one_is_committed_Then_it_replaces_the_old_one_entirely()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        Commit(output, ("digests/a/index.html", "old a"), ("digests/b/index.html", "old b"), ("feed.xml", "old feed"));

        Commit(output, ("digests/a/index.html", "new a"), ("tags/x/index.html", "new x"));

        Assert.Equal("new a", File.ReadAllText(Path.Combine(output, "digests/a/index.html")));
        Assert.Equal("new x", File.ReadAllText(Path.Combine(output, "tags/x/index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "digests/b")));
        Assert.False(File.Exists(Path.Combine(output, "feed.xml")));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Given_links_in_the_previous_site_to_folders_outside_When_it_is_replaced_Then_only_the_links_go()
    {
        using var temp = new TempFolder();
        var outside = temp.Combine("keep");
        Directory.CreateDirectory(Path.Combine(outside, "inner"));
        File.WriteAllText(Path.Combine(outside, "inner", "precious.txt"), "keep me");
        var output = temp.Combine("site");
        Commit(output, ("digests/a/index.html", "old"));
        Directory.CreateSymbolicLink(Path.Combine(output, "linked"), outside);
        Directory.CreateSymbolicLink(Path.Combine(output, "digests", "linked"), outside);

        Commit(output, ("index.html", "new"));

        Assert.Equal("keep me", File.ReadAllText(Path.Combine(outside, "inner", "precious.txt")));
        Assert.False(Directory.Exists(Path.Combine(output, "linked")));
        Assert.False(Directory.Exists(Path.Combine(output, "digests")));
    }

    private static void Commit(string output, params (string Path, string Text)[] files)
    {
        var diagnostics = new DiagnosticBag();
        using var staging = StagingFolder.Create(output, [], [], diagnostics);
        Assert.NotNull(staging);
        foreach (var (path, text) in files)
        {
            staging.Write(path, text);
        }

        staging.Commit();
    }
}
