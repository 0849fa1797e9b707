using ArchiveSite.Diagnostics;

namespace ArchiveSite.Tests;

public class SiteSessionTests
{
    // input/site.yml's editorial rules ask for 2-4 sources and a body of 250-600 words: the made-up sentence, repeated, gives 300.
    private static readonly string NewDigest = """
        ---
        title: "A new digest written while the preview runs"
        date: 2024-05-02
        summary: A curator adds a digest; the preview shows it on its own page and in every listing.
        tags: [labor, safety]
        entities: [Uber, A New Organisation]
        sources:
          - outlet: Example News
            title: "An example report"
            published: 2024-05-03
            url: https://news.example.com/a-new-report
          - outlet: Another Example
            title: "A second report"
            published: 2024-05-04
        story: test-story
        ---
        ## What happened

        """ + string.Join(' ', Enumerable.Repeat("Something that the tests made up.", 50)) + "\n";

    // The added digest's story line: while the digest exists its story has a page; removed, the story is unused (a warning).
    private const string TestStory = "\ntest-story:\n  title: A story line of the tests\n  description: The story the added digest belongs to.\n";

    [Fact]
    public void Given_a_session_When_each_kind_of_file_is_edited_Then_the_folder_matches_a_full_build_byte_for_byte()
    {
        using var archive = new TestArchive(copyTheme: true);
        File.AppendAllText(Path.Combine(archive.Input, "stories.yml"), TestStory);
        var session = new SiteSession(archive.Options());
        Assert.True(session.Update().Succeeded);

        var digests = archive.Digests;
        var added = Path.Combine(archive.Input, "digests", "2024", "a-new-digest-written-while-previewing.md");
        var steps = new (string Name, string File, Action Edit)[]
        {
            // Each front-matter field is edited in SiteSessionFieldEditTests; here, each kind of file.
            ("title", digests[0], () => TestArchive.SetTitle(digests[0], "A title changed in the preview")),
            ("added digest", added, () => File.WriteAllText(added, NewDigest)),
            ("related", added, () => TestArchive.Edit(added, t => t.Replace("tags: [labor, safety]", $"related: [{TestArchive.Slug(digests[3])}]\ntags: [labor, safety]", StringComparison.Ordinal))),
            ("stories.yml", Path.Combine(archive.Input, "stories.yml"), () => TestArchive.Edit(Path.Combine(archive.Input, "stories.yml"), t => t.Replace("title: A story line of the tests", "title: A story line renamed", StringComparison.Ordinal))),
            ("removed digest", added, () => File.Delete(added)),
            ("entities.yml", Path.Combine(archive.Input, "entities.yml"), () => TestArchive.Edit(Path.Combine(archive.Input, "entities.yml"), t => FirstDescription(t, "  description: An organisation described again by a test."))),
            ("tags.yml", Path.Combine(archive.Input, "tags.yml"), () => TestArchive.Edit(Path.Combine(archive.Input, "tags.yml"), t => t.Replace("title: Labour", "title: Work and labour", StringComparison.Ordinal))),
            ("plain page", Path.Combine(archive.Input, "pages", "about.md"), () => TestArchive.Edit(Path.Combine(archive.Input, "pages", "about.md"), t => t + "\nOne more paragraph.\n")),
            ("site.yml", Path.Combine(archive.Input, "site.yml"), () => TestArchive.Edit(Path.Combine(archive.Input, "site.yml"), t => t.Replace("page_size: 20", "page_size: 3", StringComparison.Ordinal))),
            ("layout", Path.Combine(archive.Theme, "layouts", "digest.liquid"), () => TestArchive.Edit(Path.Combine(archive.Theme, "layouts", "digest.liquid"), t => t + "<p>Layout edited.</p>\n")),
            ("stylesheet", Path.Combine(archive.Theme, "assets", "site.css"), () => TestArchive.Edit(Path.Combine(archive.Theme, "assets", "site.css"), t => t + "\n.edited { color: red; }\n")),
        };

        foreach (var (name, file, edit) in steps)
        {
            edit();
            var update = session.Update([file]);

            Assert.True(update.Succeeded, $"{name}: {string.Join("\n", update.Diagnostics)}");
            var full = archive.Combine("full-" + name.Replace(' ', '-').Replace('.', '-'));
            Assert.True(new SiteBuild(archive.Options(full)).Build().Succeeded);
            SiteFolders.AssertSame(full, archive.Output);
        }
    }

    [Fact]
    public void Given_a_session_When_one_title_changes_Then_only_the_pages_showing_that_digest_are_written()
    {
        using var archive = new TestArchive();
        var session = new SiteSession(archive.Options());
        session.Update();
        var edited = archive.Digests[0];
        var unrelated = Path.Combine(archive.Output, "digests", TestArchive.Slug(archive.UnrelatedTo(edited)), "index.html");
        var before = File.GetLastWriteTimeUtc(unrelated);
        var bytes = File.ReadAllBytes(unrelated);
        var batches = new List<WrittenFiles>();

        TestArchive.SetTitle(edited, "An edited title the preview must show");
        var update = session.Update([edited], batches.Add);

        Assert.True(update.Succeeded);
        Assert.Equal([$"digests/{TestArchive.Slug(edited)}/index.html"], batches[0].Written);
        Assert.DoesNotContain($"digests/{TestArchive.Slug(archive.UnrelatedTo(edited))}/index.html", update.Written);
        Assert.Equal(before, File.GetLastWriteTimeUtc(unrelated));
        Assert.Equal(bytes, File.ReadAllBytes(unrelated));
        Assert.InRange(update.Rendered, 1, archive.Digests.Count / 2);
    }

    [Fact]
    public void Given_a_session_When_a_digest_on_a_story_line_is_edited_Then_the_story_page_and_its_neighbours_show_the_edit()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("minimal"), "input");
        var output = temp.Combine("output");
        var session = new SiteSession(new BuildOptions(input, RepositoryPaths.Theme, output, null, Drafts: false, Search: false, Today: TestArchive.Today));
        Assert.True(session.Update().Succeeded);
        var edited = Path.Combine(input, "digests", "2024", "script-title.md");

        TestArchive.SetTitle(edited, "The middle development, retitled in the preview");
        var update = session.Update([edited]);

        Assert.True(update.Succeeded, string.Join("\n", update.Diagnostics));
        // The timeline, both neighbours' "previous/next" links and the story index (its latest development is another digest, so it stays).
        Assert.Contains("stories/fixture-saga/index.html", update.Written);
        Assert.Contains("digests/older-story/index.html", update.Written);
        Assert.Contains("digests/sora-leak/index.html", update.Written);
        Assert.DoesNotContain("stories/index.html", update.Written);
        Assert.Contains("The middle development, retitled in the preview", File.ReadAllText(Path.Combine(output, "stories", "fixture-saga", "index.html")), StringComparison.Ordinal);
        Assert.Contains("The middle development, retitled in the preview", File.ReadAllText(Path.Combine(output, "stories", "fixture-saga", "feed.xml")), StringComparison.Ordinal);
        var full = temp.Combine("full");
        Assert.True(SiteBuilds.Build(input, full).Succeeded);
        SiteFolders.AssertSame(full, output);
    }

    [Fact]
    public void Given_a_session_When_a_file_is_saved_without_changes_Then_nothing_is_rendered_or_written()
    {
        using var archive = new TestArchive();
        var session = new SiteSession(archive.Options());
        session.Update();
        var file = archive.Digests[0];

        File.WriteAllText(file, File.ReadAllText(file));
        var update = session.Update([file]);

        Assert.Empty(update.Changed);
        Assert.Equal(0, update.Rendered);
        Assert.Empty(update.Written);
    }

    [Fact]
    public void Given_broken_front_matter_When_updated_Then_the_error_is_reported_with_its_position_and_the_folder_is_left_alone_until_fixed()
    {
        using var archive = new TestArchive();
        var session = new SiteSession(archive.Options());
        session.Update();
        var file = archive.Digests[0];
        var good = File.ReadAllText(file);
        var page = Path.Combine(archive.Output, "digests", TestArchive.Slug(file), "index.html");
        var served = File.ReadAllBytes(page);

        var line = TestArchive.BreakYaml(file);
        var broken = session.Update([file]);
        File.WriteAllText(file, good);
        var fixedUpdate = session.Update([file]);

        var error = Assert.Single(broken.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.YamlSyntax.Id, error.Code);
        Assert.Equal((Path.GetFileName(file), line), (Path.GetFileName(error.Location.Path), error.Location.Line));
        Assert.Empty(broken.Written);
        Assert.Equal(served, File.ReadAllBytes(page));
        Assert.True(fixedUpdate.Succeeded);
    }

    [Fact]
    public void Given_a_stylesheet_edit_When_updated_Then_the_batches_say_only_stylesheets_changed_and_the_old_stylesheet_is_removed()
    {
        using var archive = new TestArchive(copyTheme: true);
        var session = new SiteSession(archive.Options());
        session.Update();
        var css = Path.Combine(archive.Theme, "assets", "site.css");
        var oldSheet = Directory.GetFiles(Path.Combine(archive.Output, "assets"), "site.*.css").Single();
        var batches = new List<WrittenFiles>();

        TestArchive.Edit(css, t => t + "\nbody { outline: 1px solid red; }\n");
        session.Update([css], batches.Add);

        Assert.All(batches, b => Assert.True(b.StylesheetsOnly));
        var newSheet = Assert.Single(batches.SelectMany(b => b.Written), p => p.EndsWith(".css", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(archive.Output, newSheet)));
        Assert.False(File.Exists(oldSheet));
        Assert.Contains(Path.GetRelativePath(archive.Output, oldSheet), batches.SelectMany(b => b.Removed));
    }

    [Fact]
    public void Given_a_layout_edit_When_updated_Then_it_is_not_reported_as_a_stylesheet_change()
    {
        using var archive = new TestArchive(copyTheme: true);
        var session = new SiteSession(archive.Options());
        session.Update();
        var layout = Path.Combine(archive.Theme, "layouts", "home.liquid");
        var batches = new List<WrittenFiles>();

        TestArchive.Edit(layout, t => t + "<p>Edited.</p>\n");
        var update = session.Update([layout], batches.Add);

        Assert.Contains("index.html", update.Written);
        Assert.All(batches, b => Assert.False(b.StylesheetsOnly));
    }

    [Fact]
    public void Given_a_layout_with_a_syntax_error_When_updated_Then_the_error_has_its_position_and_the_next_good_save_recovers()
    {
        using var archive = new TestArchive(copyTheme: true);
        var session = new SiteSession(archive.Options());
        session.Update();
        var layout = Path.Combine(archive.Theme, "layouts", "tags.liquid");
        var good = File.ReadAllText(layout);

        File.WriteAllText(layout, good + "{% if %}\n");
        var broken = session.Update([layout]);
        File.WriteAllText(layout, good);
        var fixedUpdate = session.Update([layout]);

        var error = Assert.Single(broken.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TemplateSyntax.Id, error.Code);
        Assert.EndsWith("tags.liquid", error.Location.Path, StringComparison.Ordinal);
        Assert.True(error.Location.Line > 1);
        Assert.True(fixedUpdate.Succeeded);
    }

    [Fact]
    public void Given_an_origin_When_updated_Then_canonical_links_use_it_and_keep_the_base_path()
    {
        using var archive = new TestArchive();
        var session = new SiteSession(archive.Options(baseUrl: "https://user.github.io/repo/"), new Uri("http://127.0.0.1:5099"));

        session.Update();

        Assert.Equal("/repo", session.Url!.BasePath);
        var home = File.ReadAllText(Path.Combine(archive.Output, "index.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"http://127.0.0.1:5099/repo/\">", home, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_folder_with_other_files_When_a_session_starts_Then_it_refuses_to_write_there()
    {
        using var archive = new TestArchive();
        Directory.CreateDirectory(archive.Output);
        File.WriteAllText(Path.Combine(archive.Output, "notes.txt"), "mine");

        var update = new SiteSession(archive.Options()).Update();

        Assert.Contains(update.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeOutput.Id);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(archive.Output).Select(Path.GetFileName));
    }

    [Fact]
    public void Given_a_folder_from_an_earlier_build_When_a_session_starts_Then_files_the_site_no_longer_has_are_removed()
    {
        using var archive = new TestArchive();
        Assert.True(new SiteBuild(archive.Options()).Build().Succeeded);
        var stale = Path.Combine(archive.Output, "digests", "a-digest-deleted-since", "index.html");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllText(stale, "<!DOCTYPE html><title>old</title>");

        var update = new SiteSession(archive.Options()).Update();

        Assert.Contains("digests/a-digest-deleted-since/index.html", update.Written);
        Assert.False(Directory.Exists(Path.GetDirectoryName(stale)));
    }

    private static string FirstDescription(string text, string line) =>
        new System.Text.RegularExpressions.Regex("^  description: .*$", System.Text.RegularExpressions.RegexOptions.Multiline).Replace(text, line, 1);

    private static string TagsLine(string text, string line) =>
        System.Text.RegularExpressions.Regex.Replace(text, "^tags: .*$", line, System.Text.RegularExpressions.RegexOptions.Multiline);

    private static string DateLine(string text, string line) =>
        System.Text.RegularExpressions.Regex.Replace(text, "^date: .*$", line, System.Text.RegularExpressions.RegexOptions.Multiline);
}
