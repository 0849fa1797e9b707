using System.Text.RegularExpressions;
using ArchiveSite.Authoring;
using ArchiveSite.Cli;
using ArchiveSite.Cli.Commands;
using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Tests.Contributing;

/// <summary>CONTRIBUTING.md and the issue form say what the code does: their reference parts are generated or checked against it.</summary>
public partial class ContributingDocTests
{
    private static readonly string[] FormElementTypes = ["markdown", "input", "textarea", "dropdown", "checkboxes"];

    private static string Contributing => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "CONTRIBUTING.md")).ReplaceLineEndings("\n");

    public static TheoryData<string> SectionNames => [.. SchemaReference.SectionNames];

    [Theory]
    [MemberData(nameof(SectionNames))]
    public void Given_the_schema_tags_and_codes_When_the_reference_is_generated_Then_CONTRIBUTING_md_holds_the_same_text(string name)
    {
        var diagnostics = new DiagnosticBag();
        var generated = ReferenceCommand.Sections(RepositoryPaths.Input, diagnostics).Single(s => s.Name == name).Text;

        var documented = MarkedSections.Extract(Contributing, name);

        Assert.Equal(0, diagnostics.Count);
        Assert.NotNull(documented);
        Assert.True(
            documented == generated,
            $"CONTRIBUTING.md's '{name}' section no longer matches the code. Regenerate it with:\n  {ReferenceCommand.RegenerateHint}\nExpected:\n{generated}");
    }

    [Fact]
    public void Given_the_example_digest_in_CONTRIBUTING_md_When_read_Then_it_is_a_valid_digest_using_real_themes_and_slugs()
    {
        var example = ExampleDigest().Match(Contributing);
        Assert.True(example.Success, "CONTRIBUTING.md has no example digest after '<!-- checked:example-digest'");
        var diagnostics = new DiagnosticBag();

        var digest = DigestReader.Read(example.Groups["digest"].Value, "digests/2024/example.md", "CONTRIBUTING.md", diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.NotNull(digest);
        var tags = TagReader.Read(File.ReadAllText(Path.Combine(RepositoryPaths.Input, "tags.yml")), "tags.yml", diagnostics).Select(t => t.Key);
        Assert.Subset(tags.ToHashSet(), digest.Tags.ToHashSet());
        var slugs = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Input, "digests"), "*.md", SearchOption.AllDirectories).Select(f => Path.GetFileNameWithoutExtension(f)!);
        Assert.Subset(slugs.ToHashSet(), digest.Related.ToHashSet());
    }

    [Fact]
    public void Given_a_stale_generated_section_When_reference_update_runs_Then_only_the_sections_change()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("CONTRIBUTING.md");
        var stale = Contributing.Replace("| `labor` | Labour |", "| `labour` | Labor |", StringComparison.Ordinal);
        File.WriteAllText(file, stale);

        var exit = ArchiveSiteCommand.Create().Parse(["reference", "--update", file, "--input", RepositoryPaths.Input]).Invoke();

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(Contributing, File.ReadAllText(file));
    }

    [Fact]
    public void Given_the_suggest_a_story_form_Then_it_is_a_valid_issue_form_whose_themes_are_those_in_tags_yml()
    {
        var path = Path.Combine(RepositoryPaths.Root, ".github", "ISSUE_TEMPLATE", "suggest-a-story.yml");
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        var form = (YamlMappingNode)stream.Documents.Single().RootNode;
        var body = ((YamlSequenceNode)form["body"]).Children.Cast<YamlMappingNode>().ToList();

        Assert.False(string.IsNullOrWhiteSpace(form["name"].ToString()));
        Assert.False(string.IsNullOrWhiteSpace(form["description"].ToString()));
        Assert.All(body, e => Assert.Contains(e["type"].ToString(), FormElementTypes));
        var fields = body.Where(e => e["type"].ToString() != "markdown").ToList();
        Assert.Equal(fields.Count, fields.Select(e => e["id"].ToString()).Distinct().Count());
        Assert.All(fields, e => Assert.False(string.IsNullOrWhiteSpace(((YamlMappingNode)e["attributes"])["label"].ToString())));
        var themes = (YamlSequenceNode)((YamlMappingNode)fields.Single(e => e["id"].ToString() == "themes")["attributes"])["options"];
        var tags = TagReader.Read(File.ReadAllText(Path.Combine(RepositoryPaths.Input, "tags.yml")), "tags.yml", new DiagnosticBag());
        Assert.Equal(tags.Select(t => t.Title), themes.Children.Select(o => o.ToString()));
        Assert.Contains("template=suggest-a-story.yml", Contributing, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<!-- checked:example-digest[^\n]*-->\n```markdown\n(?<digest>.*?)\n```\n", RegexOptions.Singleline)]
    private static partial Regex ExampleDigest();
}
