using ArchiveSite.Diagnostics;
using ArchiveSite.Output;
using ArchiveSite.Tests.Output.Faults;

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

    [Fact]
    public void Given_leftovers_of_killed_builds_When_a_build_starts_Then_the_marked_and_empty_ones_go_and_a_folder_with_files_but_no_marker_stays()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        Commit(output, ("index.html", "old"));
        var staged = temp.Combine(".site.staging-0123456789abcdef0123456789abcdef");
        Directory.CreateDirectory(Path.Combine(staged, "digests"));
        File.WriteAllText(Path.Combine(staged, "digests", "half.html"), "<p>half");
        File.WriteAllText(Path.Combine(staged, OutputPolicy.MarkerFile), "");
        Directory.CreateDirectory(temp.Combine(".site.old-0123456789abcdef0123456789abcdef"));
        var unmarked = temp.Combine(".site.old-fedcba9876543210fedcba9876543210");
        Directory.CreateDirectory(unmarked);
        File.WriteAllText(Path.Combine(unmarked, "notes.txt"), "not ArchiveSite's");

        Commit(output, ("index.html", "new"));

        Assert.Equal([Path.GetFileName(unmarked), "site"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("not ArchiveSite's", File.ReadAllText(Path.Combine(unmarked, "notes.txt")));
    }

    [Fact]
    public void Given_a_build_in_progress_When_a_second_build_into_the_same_folder_starts_Then_the_first_ones_staging_folder_is_kept()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        using var first = StagingFolder.Create(output, [], [], new DiagnosticBag())!;
        first.Write("index.html", "first");

        using var second = StagingFolder.Create(output, [], [], new DiagnosticBag())!;

        Assert.Equal("first", File.ReadAllText(Path.Combine(first.Root, "index.html")));
    }

    [Fact]
    public void Given_a_write_that_fails_When_more_follow_and_the_build_commits_Then_one_diagnostic_is_reported_and_the_output_is_untouched()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        Commit(output, ("index.html", "old"));
        var diagnostics = new DiagnosticBag();
        var staging = StagingFolder.Create(output, [], [], diagnostics)!;
        staging.Write("tags", "a file where a folder must go");

        Parallel.For(0, 200, i => staging.Write($"tags/t{i}/index.html", "<p>page</p>"));
        staging.Write("index.html", "new");
        staging.Commit();
        staging.Dispose();

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal("AS0322", error.Code);
        Assert.True(staging.Failed);
        Assert.Equal("old", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Given_an_empty_output_folder_filled_by_someone_else_during_the_build_When_committed_Then_it_is_not_replaced()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        Directory.CreateDirectory(output);
        var diagnostics = new DiagnosticBag();
        using var staging = StagingFolder.Create(output, [], [], diagnostics)!;
        staging.Write("index.html", "new");
        File.WriteAllText(Path.Combine(output, "thesis.docx"), "years of work");

        staging.Commit();

        Assert.Equal("AS0303", Assert.Single(diagnostics.ToSortedList()).Code);
        Assert.Equal(["thesis.docx"], Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName));
    }

    [Fact]
    public void Given_a_link_to_the_output_folder_When_a_site_is_committed_Then_the_link_stays_and_points_to_the_new_site()
    {
        using var temp = new TempFolder();
        var real = temp.Combine("real", "site");
        Commit(real, ("index.html", "old"), ("digests/a/index.html", "old a"));
        Directory.CreateSymbolicLink(temp.Combine("site"), real);

        Commit(temp.Combine("site"), ("index.html", "new"));

        Assert.Equal(real, new DirectoryInfo(temp.Combine("site")).LinkTarget);
        Assert.Equal("new", File.ReadAllText(Path.Combine(real, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(real, "digests")));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(temp.Combine("real")).Select(Path.GetFileName));
    }

    [Fact]
    public void Given_a_previous_site_that_cannot_all_be_deleted_When_committed_Then_the_new_site_is_in_place_with_a_warning_and_the_next_build_retries()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        Commit(output, ("index.html", "old"), ("digests/a/index.html", "old a"));
        var diagnostics = new DiagnosticBag();

        using (var readOnly = ReadOnlyFolder.Make(Path.Combine(output, "digests")))
        {
            using var staging = StagingFolder.Create(output, [], [], diagnostics)!;
            staging.Write("index.html", "new");
            staging.Commit();
            readOnly.MovedTo(Path.Combine(Assert.Single(OutputPolicy.Leftovers(output)), "digests"));
        }

        Assert.Equal("AS0325", Assert.Single(diagnostics.ToSortedList()).Code);
        Assert.False(diagnostics.HasErrors);
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "index.html")));
        Commit(output, ("index.html", "newer"));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
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
