using ArchiveSite.Authoring;
using ArchiveSite.Cli.Commands;
using ArchiveSite.Tests.Contributing;

namespace ArchiveSite.Tests.Authoring;

/// <summary>The archive <c>init</c> writes, checked in process for many settings (the installed tool's tests build one).</summary>
public class StarterArchiveTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Theory]
    [InlineData("My news archive", "en", null)]
    [InlineData("Archive: \"AI\" & us # 1", "fr", "octo-org/ai-archive")]
    [InlineData("- a title with a leading dash \\ and a backslash", "pt-BR", "octo/octo.github.io")]
    public void Given_init_settings_When_the_new_archive_is_checked_Then_it_has_no_errors_and_no_warnings_and_says_what_it_was_given(
        string title, string language, string? repository)
    {
        using var temp = new TempFolder();
        var settings = new StarterArchive.Settings(title, language, repository, Today, "0.1.0");

        StarterArchive.Write(temp.Path, settings);
        var result = new SiteBuild(new BuildOptions(temp.Combine("input"), temp.Combine("theme"), temp.Combine("output"), Today: Today)).Check();

        Assert.True(result.Diagnostics.Count == 0, string.Join('\n', result.Diagnostics));
        var site = result.Input!.Settings;
        Assert.Equal((title, language), (site.Title, site.Language));
        Assert.Equal(settings.BaseUrl, site.BaseUrl);
        Assert.Equal(repository is null ? null : new Uri($"https://github.com/{repository}"), site.Repository);
        Assert.Single(result.Input.Digests);
        Assert.Equal(3, result.Input.Tags.Count);
    }

    [Theory]
    [InlineData("octo/ai-archive", "https://octo.github.io/ai-archive/")]
    [InlineData("Octo/Octo.github.io", "https://octo.github.io/")]
    [InlineData(null, "https://example.org/")]
    public void Given_a_repository_Then_base_url_is_its_GitHub_Pages_address(string? repository, string baseUrl) =>
        Assert.Equal(new Uri(baseUrl), new StarterArchive.Settings("T", "en", repository, Today, "0.1.0").BaseUrl);

    [Fact]
    public void Given_the_new_archive_Then_it_has_every_file_a_curator_needs_and_none_carries_a_placeholder()
    {
        var files = StarterArchive.Files(new StarterArchive.Settings("T", "en", "octo/a", Today, "9.8.7")).ToDictionary(f => f.Path, f => f.Content);

        Assert.Equal(
            [".github/workflows/check.yml", ".github/workflows/pages.yml", ".gitignore", "README.md", "input/digests/2026/example-digest.md",
             "input/entities.yml", "input/pages/about.md", "input/site.yml", "input/stories.yml", "input/tags.yml", "package.json"],
            files.Keys.Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.DoesNotContain("@@", f.Value, StringComparison.Ordinal));
        Assert.Contains("\"pagefind\": \"1.6.0\"", files["package.json"], StringComparison.Ordinal);
        Assert.Contains("output/", files[".gitignore"].Split('\n'));
        Assert.Contains("node_modules/", files[".gitignore"].Split('\n'));
    }

    [Theory]
    [InlineData(".github/workflows/pages.yml", new[] { "build" })]
    [InlineData(".github/workflows/check.yml", new[] { "check", "build" })]
    public void Given_a_new_archives_workflow_Then_it_installs_this_version_of_the_tool_and_asks_it_only_for_commands_it_has(string path, string[] commands)
    {
        var files = StarterArchive.Files(new StarterArchive.Settings("T", "en", "octo/a", Today, "9.8.7")).ToDictionary(f => f.Path, f => f.Content);
        var workflow = new WorkflowFile(files[path]);
        var scripts = workflow.Steps.Select(s => WorkflowFile.Get(s, "run")).OfType<string>().SelectMany(words => WorkflowFile.Commands(words)).ToList();

        Assert.Contains(scripts, words => string.Join(' ', words) == "dotnet tool install --global ArchiveSite --version 9.8.7");
        var invocations = scripts.Where(words => words[0] == "archivesite").Select(words => words.Skip(1).ToArray()).ToList();
        Assert.Equal(commands, invocations.Select(words => words[0]));
        foreach (var words in invocations)
        {
            var parsed = ArchiveSiteCommand.Create().Parse(words);
            Assert.True(parsed.Errors.Count == 0, $"{path}: 'archivesite {string.Join(' ', words)}': {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
        }

        Assert.Equal("0", WorkflowFile.With(workflow.Uses("actions/checkout"), "fetch-depth"));
        Assert.NotNull(workflow.Uses("actions/setup-node"));
    }
}
