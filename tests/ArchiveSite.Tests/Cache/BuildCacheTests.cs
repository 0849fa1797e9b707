using ArchiveSite.Diagnostics;

namespace ArchiveSite.Tests.Cache;

/// <summary><c>build --cache</c>: a build that resumes from the previous one gives the same site, byte for byte, as a
/// full build of the same input; a cache it cannot trust is a warning and a full build.</summary>
public class BuildCacheTests
{
    private static readonly string AddedDigest = """
        ---
        title: "A digest added by a pull request"
        date: 2024-05-02
        summary: A curator adds one digest; the cached build shows it on its own page and in every listing.
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
        ---
        ## What happened

        """ + string.Join(' ', Enumerable.Repeat("Something that the tests made up.", 50)) + "\n";

    [Fact]
    public void Given_a_cached_build_When_each_kind_of_change_is_built_with_the_cache_Then_the_output_matches_a_full_build_byte_for_byte()
    {
        using var archive = new TestArchive(copyTheme: true);
        var cache = archive.Combine("cache");
        var first = Build(archive, cache);
        Assert.Equal(first.Pages, first.Rendered);

        var digests = archive.Digests;
        var added = Path.Combine(archive.Input, "digests", "2024", "a-digest-added-by-a-pull-request.md");
        var steps = new (string Name, Action Edit, bool AllPages)[]
        {
            ("nothing", () => { }, false),
            ("title", () => TestArchive.SetTitle(digests[0], "A title changed in a pull request"), false),
            ("body", () => TestArchive.Edit(digests[5], t => t + "\nOne more sentence from a pull request.\n"), false),
            // Related digests are kept in the cache with what they were scored from: a body edit reuses them, a theme edit
            // scores the archive again.
            ("themes", () => TestArchive.Edit(digests[3], t => System.Text.RegularExpressions.Regex.Replace(t, @"\ntags: \[[^\]]*\]", "\ntags: [labor, safety]")), false),
            ("related", () => TestArchive.Edit(digests.First(d => !File.ReadAllText(d).Contains("\nrelated:", StringComparison.Ordinal)), t => t.Replace("\ntags:", $"\nrelated: [{TestArchive.Slug(digests[^1])}]\ntags:", StringComparison.Ordinal)), false),
            ("added digest", () => File.WriteAllText(added, AddedDigest), false),
            ("removed digest", () => File.Delete(digests[2]), false),
            ("site.yml", () => TestArchive.Edit(Path.Combine(archive.Input, "site.yml"), t => t.Replace("page_size: 20", "page_size: 3", StringComparison.Ordinal)), false),
            ("layout", () => TestArchive.Edit(Path.Combine(archive.Theme, "layouts", "digest.liquid"), t => t + "<p>Layout edited.</p>\n"), true),
            ("stylesheet", () => TestArchive.Edit(Path.Combine(archive.Theme, "assets", "site.css"), t => t + "\n.edited { color: red; }\n"), true),
        };

        foreach (var (name, edit, allPages) in steps)
        {
            edit();
            var cached = Build(archive, cache);

            Assert.True(cached.Succeeded, $"{name}: {string.Join("\n", cached.Diagnostics)}");
            var full = archive.Combine("full-" + name.Replace(' ', '-').Replace('.', '-'));
            Assert.True(new SiteBuild(archive.Options(full)).Build().Succeeded);
            SiteFolders.AssertSame(full, archive.Output);
            if (allPages)
            {
                // The theme is part of every page: the cache keeps the parsed input, and says the pages are rendered again.
                Assert.Contains(cached.Diagnostics, d => d.Code == DiagnosticCodes.CacheForOtherSite.Id);
                Assert.Equal(cached.Pages, cached.Rendered);
            }
            else
            {
                Assert.DoesNotContain(cached.Diagnostics, d => d.Code.StartsWith("AS037", StringComparison.Ordinal));
                Assert.True(cached.Rendered < cached.Pages / 2, $"{name}: {cached.Rendered} of {cached.Pages} pages rendered again");
            }
        }
    }

    [Fact]
    public void Given_a_cached_build_When_one_digest_is_edited_Then_only_the_input_file_that_holds_it_is_rewritten()
    {
        using var archive = new TestArchive();
        var cache = archive.Combine("cache");
        Build(archive, cache);
        var before = InputFiles(cache);
        Assert.Equal(ArchiveSite.Cache.ParsedInputs.Shards, before.Count);

        TestArchive.Edit(archive.Digests[2], t => t + "\nOne more sentence.\n");
        var result = Build(archive, cache);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var after = InputFiles(cache);
        Assert.Equal(ArchiveSite.Cache.ParsedInputs.Shards, after.Count);
        Assert.Single(after.Except(before));
        AssertSameAsFullBuild(archive);
        Assert.DoesNotContain(Build(archive, cache).Diagnostics, d => d.Code.StartsWith("AS037", StringComparison.Ordinal));
        Assert.Equal(after, InputFiles(cache));
    }

    [Fact]
    public void Given_a_cache_from_another_build_of_the_tool_When_building_Then_it_is_ignored_with_a_warning_and_rewritten()
    {
        using var archive = new TestArchive();
        var cache = archive.Combine("cache");
        Build(archive, cache);
        var manifest = Path.Combine(cache, "manifest.json");
        var tool = ToolOf(manifest);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace(tool, "0.1.0 00000000000000000000000000000000", StringComparison.Ordinal));
        TestArchive.SetTitle(archive.Digests[0], "A title changed after the tool was upgraded");

        var result = Build(archive, cache);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.CacheFromOtherTool.Id && !d.IsError);
        Assert.Equal(result.Pages, result.Rendered);
        AssertSameAsFullBuild(archive);
        Assert.Equal(tool, ToolOf(manifest));
        Assert.DoesNotContain(Build(archive, cache).Diagnostics, d => d.Code.StartsWith("AS037", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_cache_of_the_earlier_format_When_building_Then_it_is_ignored_as_another_builds_and_rewritten()
    {
        using var archive = new TestArchive();
        var cache = archive.Combine("cache");
        Directory.CreateDirectory(cache);
        var manifest = Path.Combine(cache, "manifest.json");

        // Format 1 named one input file, as an object, where format 2 lists its shards.
        File.WriteAllText(manifest, """
            {"Format":1,"Tool":"1.0.0 00000000000000000000000000000000","Input":"/elsewhere /elsewhere",
             "Site":{"Theme":"x","BaseUrl":null,"Drafts":false,"Version":null,"Search":false},"SiteFolder":"site-000000000000",
             "Inputs":{"Name":"inputs-000000000000.json","Length":2,"Sha256":"00"},"State":{"Name":"state-000000000000.json","Length":2,"Sha256":"00"}}
            """);

        var result = Build(archive, cache);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.CacheFromOtherTool.Id && d.Message.Contains("format 1", StringComparison.Ordinal));
        AssertSameAsFullBuild(archive);
        Assert.DoesNotContain(Build(archive, cache).Diagnostics, d => d.Code.StartsWith("AS037", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("inputs-", "truncated")]
    [InlineData("state-", "truncated")]
    [InlineData("state-", "altered")]
    [InlineData("related-", "truncated")]
    [InlineData("manifest.json", "truncated")]
    public void Given_a_damaged_cache_file_When_building_Then_a_warning_and_a_full_build_give_the_same_site(string file, string damage)
    {
        using var archive = new TestArchive();
        var cache = archive.Combine("cache");
        Build(archive, cache);
        var path = Directory.EnumerateFiles(cache).Where(f => Path.GetFileName(f).StartsWith(file, StringComparison.Ordinal)).Order(StringComparer.Ordinal).First();
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, damage == "truncated" ? bytes[..(bytes.Length / 2)] : [.. bytes.Select((b, i) => i == bytes.Length / 3 ? (byte)'{' : b)]);
        File.AppendAllText(archive.Digests[1], "\nA sentence added after the cache was damaged.\n");

        var result = Build(archive, cache);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.CacheUnreadable.Id && !d.IsError);
        AssertSameAsFullBuild(archive);
        Assert.DoesNotContain(Build(archive, cache).Diagnostics, d => d.Code.StartsWith("AS037", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_file_missing_from_the_cached_site_When_building_Then_a_warning_and_a_full_build_give_the_same_site()
    {
        using var archive = new TestArchive();
        var cache = archive.Combine("cache");
        Build(archive, cache);
        var site = Directory.EnumerateDirectories(cache, "site-*").Single();
        File.Delete(Path.Combine(site, "index.html"));

        var result = Build(archive, cache);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.CacheUnreadable.Id);
        AssertSameAsFullBuild(archive);
    }

    [Fact]
    public void Given_a_build_stopped_while_saving_the_cache_When_building_Then_the_incomplete_cache_is_not_trusted()
    {
        using var archive = new TestArchive();
        var cache = archive.Combine("cache");
        Build(archive, cache);
        File.Delete(Path.Combine(cache, "manifest.json")); // What a kill between the site's update and the new manifest leaves.

        var result = Build(archive, cache);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.CacheUnreadable.Id);
        Assert.Equal(result.Pages, result.Rendered);
        AssertSameAsFullBuild(archive);
        Assert.Single(Directory.EnumerateDirectories(cache, "site-*"));
    }

    [Fact]
    public void Given_a_cached_build_When_the_next_build_has_errors_Then_the_cache_and_the_output_stay_as_they_were()
    {
        using var archive = new TestArchive();
        var cache = archive.Combine("cache");
        Build(archive, cache);
        var cacheBefore = Snapshot(cache);
        var outputBefore = Snapshot(archive.Output);
        var broken = archive.Digests[0];
        var text = File.ReadAllText(broken);
        TestArchive.BreakYaml(broken);

        var failed = Build(archive, cache);

        Assert.False(failed.Succeeded);
        Assert.Equal(cacheBefore, Snapshot(cache));
        Assert.Equal(outputBefore, Snapshot(archive.Output));
        File.WriteAllText(broken, text.Replace("title: \"", "title: \"Fixed: ", StringComparison.Ordinal));
        var fixedBuild = Build(archive, cache);
        Assert.True(fixedBuild.Succeeded, string.Join("\n", fixedBuild.Diagnostics));
        Assert.True(fixedBuild.Rendered < fixedBuild.Pages);
        AssertSameAsFullBuild(archive);
    }

    [Theory]
    [InlineData("added")]
    [InlineData("replaced")]
    [InlineData("removed")]
    public void Given_an_output_file_changed_by_hand_after_a_cached_build_When_building_with_the_cache_Then_the_output_matches_a_full_build(string change)
    {
        using var archive = new TestArchive();
        var cache = archive.Combine("cache");
        Build(archive, cache);
        TestArchive.Edit(archive.Digests[3], t => t + "\nA sentence that moves one page.\n");
        Build(archive, cache); // The output and the cache's site are now the two halves of one swap.
        var about = Path.Combine(archive.Output, "index.html");
        switch (change)
        {
            case "added":
                File.WriteAllText(Path.Combine(archive.Output, "notes.txt"), "a curator's note left in the output\n");
                break;
            case "replaced":
                var text = File.ReadAllText(about);
                File.Delete(about); // As an editor saves: a new file under the old name.
                File.WriteAllText(about, text.Replace("</body>", "<p>edited by hand</p></body>", StringComparison.Ordinal));
                break;
            default:
                File.Delete(about);
                break;
        }

        TestArchive.Edit(archive.Digests[4], t => t + "\nAnother sentence.\n");
        var result = Build(archive, cache);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(result.Rendered < result.Pages / 2, $"{result.Rendered} of {result.Pages} pages rendered again");
        AssertSameAsFullBuild(archive);
        TestArchive.Edit(archive.Digests[5], t => t + "\nA third sentence.\n");
        Assert.True(Build(archive, cache).Succeeded);
        AssertSameAsFullBuild(archive);
    }

    [Fact]
    public void Given_a_cached_build_that_fails_at_the_swap_When_building_again_Then_the_cache_is_still_used_and_the_site_matches_a_full_build()
    {
        using var archive = new TestArchive();
        var cache = archive.Combine("cache");
        Build(archive, cache);
        TestArchive.Edit(archive.Digests[3], t => t + "\nA sentence that moves one page.\n");
        Build(archive, cache);
        AssertTwins(archive.Output, cache); // So the next build takes the cached site as its staging folder.
        var outputBefore = Snapshot(archive.Output);
        var marker = Path.Combine(archive.Output, ".archivesite-output");
        var markerText = File.ReadAllText(marker);

        // While pages render, the output loses its marker: the swap must then refuse to replace it, after the cached
        // site was already taken as the staging folder.
        TestArchive.Edit(archive.Digests[4], t => t + "\nAnother sentence.\n");
        var progress = new Progress(p =>
        {
            if (p.Stage == "Rendering pages" && File.Exists(marker))
            {
                File.Delete(marker);
            }
        });
        var failed = new SiteBuild(archive.Options() with { CacheFolder = cache }, progress).Build();

        Assert.False(failed.Succeeded);
        File.WriteAllText(marker, markerText);
        Assert.Equal(outputBefore, Snapshot(archive.Output));
        var again = Build(archive, cache);
        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics));
        Assert.DoesNotContain(again.Diagnostics, d => d.Code.StartsWith("AS037", StringComparison.Ordinal));
        Assert.True(again.Rendered < again.Pages / 2, $"{again.Rendered} of {again.Pages} pages rendered again");
        AssertSameAsFullBuild(archive);
        AssertTwins(archive.Output, cache);
    }

    [Fact]
    public void Given_a_cache_folder_inside_the_output_When_building_Then_the_site_is_built_without_it_and_a_warning_says_why()
    {
        using var archive = new TestArchive();

        var result = Build(archive, Path.Combine(archive.Output, "cache"));

        Assert.True(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.CacheFolderUnsafe.Id && !d.IsError);
        Assert.False(Directory.Exists(Path.Combine(archive.Output, "cache")));
    }

    // Reports on the reporting thread, not through a synchronisation context: the test sees each stage as it starts.
    private sealed class Progress(Action<BuildProgress> report) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value) => report(value);
    }

    private static BuildResult Build(TestArchive archive, string cache) =>
        new SiteBuild(archive.Options() with { CacheFolder = cache }).Build();

    private static void AssertSameAsFullBuild(TestArchive archive)
    {
        var full = archive.Combine("full-" + Guid.NewGuid().ToString("N")[..8]);
        Assert.True(new SiteBuild(archive.Options(full)).Build().Succeeded);
        SiteFolders.AssertSame(full, archive.Output);
    }

    // Every file of the output is the very file the cache's site holds (one inode), and the two list the same files.
    private static void AssertTwins(string output, string cache)
    {
        var site = Directory.EnumerateDirectories(cache, "site-*").Single();
        Assert.True(ArchiveSite.Cache.SiteTwins.Are(output, site, [.. ArchiveSite.Cache.SiteTwins.ListFiles(site)]));
    }

    private static List<string> InputFiles(string cache) =>
        [.. Directory.EnumerateFiles(cache, "inputs-*").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static string ToolOf(string manifest) =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(manifest)).RootElement.GetProperty("Tool").GetString()!;

    // Every file's path, size and bytes' hash: equal snapshots mean nothing was written, added or removed.
    private static List<string> Snapshot(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(folder, f)} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}")];
}
