using System.CommandLine;
using ArchiveSite.Cli.Commands;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Tests.Contributing;

/// <summary>The workflows cannot run here; what can be checked is that they parse and ask the CLI only for what it has.</summary>
public class WorkflowTests
{
    [Theory]
    [InlineData("pages.yml", new[] { "build" })]
    [InlineData("check.yml", new[] { "check", "build" })]
    [InlineData("release.yml", new[] { "build" })]
    public void Given_a_workflow_When_its_run_scripts_are_read_Then_every_archivesite_command_and_option_exists_in_the_CLI(string file, string[] commands)
    {
        var workflow = WorkflowFile.Load(file);

        var invocations = workflow.Invocations().ToList();

        Assert.Equal(commands, invocations.Select(words => words[0]));
        foreach (var words in invocations)
        {
            var parsed = ArchiveSiteCommand.Create().Parse(words);
            Assert.True(parsed.Errors.Count == 0, $"{file}: 'archivesite {string.Join(' ', words)}': {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
        }
    }

    [Theory]
    [InlineData("dotnet run --project src/ArchiveSite -- build --base-path /repo/")]
    [InlineData("dotnet run --project src/ArchiveSite -c Release -- publish --output _site")]
    [InlineData("npm ci && dotnet run --project src/ArchiveSite -- check --output _site")]
    public void Given_a_run_line_asking_for_an_option_or_command_the_CLI_lacks_When_checked_Then_the_parse_fails(string run)
    {
        var workflow = new WorkflowFile($"jobs:\n  x:\n    steps:\n      - run: {run}\n");

        var words = Assert.Single(workflow.Invocations());

        Assert.NotEmpty(ArchiveSiteCommand.Create().Parse(words).Errors);
    }

    [Fact]
    public void Shell_words_keep_quoted_expressions_whole_and_split_commands_on_operators()
    {
        var commands = WorkflowFile.Commands("npm ci && dotnet run --project src/ArchiveSite -- build --base-url \"${{ steps.pages.outputs.base_url }}/\" \\\n  --output _site").ToList();

        Assert.Equal(2, commands.Count);
        Assert.Equal(["dotnet", "run", "--project", "src/ArchiveSite", "--", "build", "--base-url", "${{ steps.pages.outputs.base_url }}/", "--output", "_site"], commands[1]);
    }

    [Fact]
    public void Given_the_pages_workflow_Then_it_deploys_what_it_built_with_the_base_url_configure_pages_reports()
    {
        var workflow = WorkflowFile.Load("pages.yml");
        var build = Assert.Single(workflow.Invocations());

        Assert.Equal("write", workflow.Scalar("permissions", "pages"));
        Assert.Equal("write", workflow.Scalar("permissions", "id-token"));
        Assert.Equal("pages", workflow.Scalar("concurrency", "group"));
        Assert.Equal("false", workflow.Scalar("concurrency", "cancel-in-progress"));
        Assert.Equal("github-pages", workflow.Scalar("jobs", "deploy", "environment", "name"));
        Assert.Equal("build", workflow.Scalar("jobs", "deploy", "needs"));
        Assert.Equal("main", ((YamlSequenceNode)workflow.Node("on", "push", "branches")!).Children.Single().ToString());
        Assert.NotNull(workflow.Node("on", "workflow_dispatch"));

        var id = WorkflowFile.Get(workflow.Uses("actions/configure-pages"), "id");
        Assert.Equal($"${{{{ steps.{id}.outputs.base_url }}}}/", Option(build, "--base-url"));
        Assert.Equal(Option(build, "--output"), WorkflowFile.With(workflow.Uses("actions/upload-pages-artifact"), "path"));
        Assert.NotNull(workflow.Uses("actions/deploy-pages"));

        // The whole history, so the published pages carry the dates git knows (added, last changed).
        Assert.Equal("0", WorkflowFile.With(workflow.Uses("actions/checkout"), "fetch-depth"));
    }

    [Fact]
    public void Given_the_check_workflow_Then_it_runs_on_pull_requests_read_only_with_the_history_changed_since_needs()
    {
        var workflow = WorkflowFile.Load("check.yml");
        var invocations = workflow.Invocations().ToList();

        Assert.NotNull(workflow.Node("on", "pull_request"));
        var permission = Assert.Single(((YamlMappingNode)workflow.Node("permissions")!).Children);
        Assert.Equal(("contents", "read"), (permission.Key.ToString(), permission.Value.ToString()));
        Assert.Equal("true", workflow.Scalar("concurrency", "cancel-in-progress"));
        Assert.Contains("github.event.pull_request.number", workflow.Scalar("concurrency", "group"), StringComparison.Ordinal);

        Assert.Equal("0", WorkflowFile.With(workflow.Uses("actions/checkout"), "fetch-depth"));
        Assert.NotNull(Option(invocations[0], "--changed-since"));
        Assert.EndsWith("/repo/", Option(invocations[1], "--base-url"), StringComparison.Ordinal);
        Assert.Contains(workflow.Steps, s => WorkflowFile.Get(s, "run")?.StartsWith("dotnet test", StringComparison.Ordinal) == true);
        Assert.Equal(Option(invocations[1], "--output"), WorkflowFile.With(workflow.Uses("actions/upload-artifact"), "path"));
    }

    [Fact]
    public void Given_the_release_workflow_Then_a_pushed_tag_is_built_as_the_version_and_its_data_attached_to_the_release()
    {
        var workflow = WorkflowFile.Load("release.yml");
        var build = Assert.Single(workflow.Invocations());

        Assert.Equal("v*", ((YamlSequenceNode)workflow.Node("on", "push", "tags")!).Children.Single().ToString());
        Assert.Null(workflow.Node("on", "push", "branches"));
        Assert.Equal("write", workflow.Scalar("permissions", "contents"));
        Assert.Equal("0", WorkflowFile.With(workflow.Uses("actions/checkout"), "fetch-depth"));
        Assert.Equal("${GITHUB_REF_NAME}", Option(build, "--archive-version"));
        var output = Option(build, "--output");
        var attach = Assert.Single(workflow.Steps, s => WorkflowFile.Get(s, "run")?.Contains("gh release", StringComparison.Ordinal) == true);
        var script = WorkflowFile.Get(attach, "run")!;
        Assert.Contains($"{output}/data/*.json", script, StringComparison.Ordinal);
        Assert.Contains($"{output}/data/*.csv", script, StringComparison.Ordinal);
        Assert.Contains("gh release create \"${GITHUB_REF_NAME}\"", script, StringComparison.Ordinal);
        Assert.Contains("gh release upload \"${GITHUB_REF_NAME}\"", script, StringComparison.Ordinal);
    }

    private static string? Option(string[] words, string name) =>
        Array.IndexOf(words, name) is var i && i >= 0 && i + 1 < words.Length ? words[i + 1] : null;
}
