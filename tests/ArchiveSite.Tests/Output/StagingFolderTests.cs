using ArchiveSite.Diagnostics;
using ArchiveSite.Output;

namespace ArchiveSite.Tests.Output;

/// <summary>A build either replaces the whole output folder or leaves it untouched; it never writes outside it.</summary>
public class StagingFolderTests
{
    [Fact]
    public void Given_two_builds_of_the_same_input_Then_every_file_is_byte_identical()
    {
        using var temp = new TempFolder();
        Assert.True(SiteBuilds.Build(RepositoryPaths.Fixture("minimal"), temp.Combine("a")).Succeeded);
        Assert.True(SiteBuilds.Build(RepositoryPaths.Fixture("minimal"), temp.Combine("b")).Succeeded);

        var a = Files(temp.Combine("a"));
        Assert.Equal(a.Keys.Order(), Files(temp.Combine("b")).Keys.Order());
        Assert.All(a, file => Assert.Equal(file.Value, File.ReadAllBytes(Path.Combine(temp.Combine("b"), file.Key))));
    }

    [Fact]
    public void Given_a_previous_site_When_a_build_has_errors_Then_the_output_folder_is_untouched_and_no_staging_is_left()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("minimal"), "input");
        var output = temp.Combine("output");
        Assert.True(SiteBuilds.Build(input, output).Succeeded);
        var before = Files(output);

        File.WriteAllText(Path.Combine(input, "digests", "2024", "sora-leak.md"), "---\ntitle: [unclosed\n---\nbody\n");
        var result = SiteBuilds.Build(input, output);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "AS0102" && d.Location.Path.EndsWith("sora-leak.md", StringComparison.Ordinal));
        Assert.Equal(before.Keys.Order(), Files(output).Keys.Order());
        Assert.DoesNotContain(Directory.GetDirectories(temp.Path), d => Path.GetFileName(d).Contains("staging", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_no_previous_site_When_a_build_has_errors_Then_no_output_folder_is_created()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("minimal"), "input");
        File.WriteAllText(Path.Combine(input, "digests", "2024", "extra.md"), "no front matter here\n");

        var result = SiteBuilds.Build(input, temp.Combine("output"));

        Assert.Contains(result.Diagnostics, d => d.Code == "AS0100");
        Assert.False(Directory.Exists(temp.Combine("output")));
    }

    [Theory]
    [InlineData("input", "is the same folder as")]
    [InlineData("", "contains")]
    [InlineData("input/site", "is inside")]
    [InlineData("theme", "is the same folder as")]
    public void The_output_folder_may_not_be_contain_or_sit_inside_the_input_or_theme(string output, string problem)
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("minimal"), "input");
        var theme = temp.CopyFrom(RepositoryPaths.Theme, "theme");

        var result = SiteBuilds.Build(input, Path.Combine(temp.Path, output), theme: theme);

        var error = Assert.Single(result.Diagnostics, d => d.Code == "AS0303");
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(input, "site.yml")));
        Assert.True(File.Exists(Path.Combine(theme, "layouts", "base.liquid")));
    }

    [Fact]
    public void The_output_folder_may_not_be_the_repository_but_may_sit_inside_it()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine(".git"));
        var input = temp.CopyFrom(RepositoryPaths.Fixture("minimal"), "input");

        var intoRepository = SiteBuilds.Build(input, temp.Path);
        var intoOutput = SiteBuilds.Build(input, temp.Combine("output"));

        Assert.Contains(intoRepository.Diagnostics, d => d.Code == "AS0303");
        Assert.True(Directory.Exists(temp.Combine(".git")));
        Assert.True(intoOutput.Succeeded);
    }

    [Fact]
    public void A_non_empty_folder_not_written_by_ArchiveSite_is_never_replaced()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("precious");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "thesis.docx"), "years of work");

        var result = SiteBuilds.Build(RepositoryPaths.Fixture("minimal"), output);

        Assert.Contains(result.Diagnostics, d => d.Code == "AS0303" && d.Message.Contains("not written by ArchiveSite", StringComparison.Ordinal));
        Assert.Equal("years of work", File.ReadAllText(Path.Combine(output, "thesis.docx")));
    }

    [Fact]
    public void A_path_that_climbs_out_of_the_staging_folder_is_refused()
    {
        using var temp = new TempFolder();
        using var staging = StagingFolder.Create(temp.Combine("out"), [], [], new DiagnosticBag())!;

        Assert.Throws<InvalidOperationException>(() => staging.Write("../escaped.txt", "x"));
        Assert.False(File.Exists(temp.Combine("escaped.txt")));
    }

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

    private static Dictionary<string, byte[]> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes);
}
