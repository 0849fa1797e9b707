using ArchiveSite.Diagnostics;
using ArchiveSite.Input;

namespace ArchiveSite.Tests.Input;

/// <summary>Every reader parses YAML through YamlText: whatever YamlDotNet throws, and every key or value it should not
/// let through, is a located diagnostic.</summary>
public class YamlTextTests
{
    // Each bracket is left open on the line before the one the parser gives up on.
    public static TheoryData<string, string, int> Readers => new()
    {
        { "site.yml", "title: [Archive\nbase_url: https://example.org/\n", 2 },
        { "tags.yml", "labor:\n  title: [Labour\n  description: Work.\n", 3 },
        { "entities.yml", "OpenAI:\n  aliases: [Open AI\n  url: https://openai.com/\n", 3 },
        { "pages/about.md", "---\ntitle: [About\ndescription: x\n---\nBody.\n", 3 },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void Given_an_unclosed_bracket_in_any_yaml_file_When_read_Then_it_is_AS0102_where_the_parser_stopped(string file, string text, int line)
    {
        var diagnostics = Read(file, text);

        var error = Assert.Single(diagnostics);
        Assert.Equal("AS0102", error.Code);
        Assert.Equal(line, error.Location.Line);
        Assert.EndsWith($"the '[' on line {line - 1} is not closed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("site.yml", "title: Archive\ntitle: Again\n", "site.yml:2:1: error AS0106: key 'title' appears more than once; the first is on line 1")]
    [InlineData("tags.yml", "labor:\n  title: Labour\n  description: Work.\nlabor:\n  title: Labor\n  description: Work.\n", "tags.yml:4:1: error AS0106: key 'labor' appears more than once; the first is on line 1")]
    [InlineData("entities.yml", "OpenAI:\n  url: https://openai.com/\n  url: https://example.com/\n", "entities.yml:3:3: error AS0106: key 'url' appears more than once; the first is on line 2")]
    public void Given_a_key_twice_in_a_data_file_When_read_Then_AS0106_is_at_the_second_and_the_rest_is_still_read(string file, string text, string expected)
    {
        var diagnostics = Read(file, text);

        Assert.Contains(expected, diagnostics.Select(d => d.ToString()));
        Assert.DoesNotContain(diagnostics, d => d.Code == "AS0102");
    }

    [Fact]
    public void Given_a_title_with_an_escape_character_in_tags_yml_When_read_Then_it_is_an_error_at_the_value_and_never_returned()
    {
        var diagnostics = new DiagnosticBag();

        var tags = TagReader.Read("labor:\n  title: \"Lab\\eour\"\n  description: Work.\n", "tags.yml", diagnostics);

        Assert.Equal(["tags.yml:2:10: error AS0126: 'title' contains the control character U+001B, which cannot be published; remove it"], diagnostics.ToSortedList().Select(d => d.ToString()));
        Assert.DoesNotContain('\u001b', Assert.Single(tags).Title);
    }

    [Fact]
    public void Given_an_organisation_name_with_a_control_character_When_read_Then_the_key_is_an_error_and_left_out()
    {
        var diagnostics = new DiagnosticBag();

        var entities = EntityReader.Read("\"Open\\x01AI\":\n  description: x\nGoogle:\n  description: y\n", "entities.yml", diagnostics);

        Assert.Equal(["entities.yml:1:1: error AS0126: 'key' contains the control character U+0001, which cannot be published; remove it"], diagnostics.ToSortedList().Select(d => d.ToString()));
        Assert.Equal(["Google"], entities.Select(e => e.Name));
    }

    [Theory]
    [InlineData("\"\\uFFFE\"", "FFFE")]
    [InlineData("\"\\uFFFF\"", "FFFF")]
    [InlineData("\"a\\0b\"", "0000")]
    [InlineData("\"\\x7f\"", "007F")]
    [InlineData("\"\\x85\\x9b\"", "009B")]
    public void Given_a_value_with_a_character_feeds_cannot_carry_When_parsed_Then_it_is_named_by_its_code(string value, string code)
    {
        var diagnostics = Read("site.yml", $"title: {value}\n");

        Assert.Equal($"'title' contains the control character U+{code}, which cannot be published; remove it", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Given_a_lone_surrogate_When_parsed_Then_it_is_a_syntax_error_at_the_value()
    {
        var diagnostics = Read("site.yml", "title: \"\\ud800\"\n");

        Assert.Equal("site.yml:1:8: error AS0102: YAML syntax error: While scanning a quoted scalar, found invalid Unicode surrogates.", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Given_tabs_line_breaks_and_characters_outside_the_BMP_When_parsed_Then_they_are_text()
    {
        var diagnostics = Read("site.yml", "title: \"A\\tB \\U0001F600\"\ndescription: |\r\n  two\r\n  lines\r\n");

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("site.yml", "- title: Archive\n", "site.yml:1:1: error AS0121: site.yml must be a map of 'key: value' entries, not a list")]
    [InlineData("tags.yml", "- labor\n- privacy\n", "tags.yml:1:1: error AS0121: tags.yml must be a map of 'key: value' entries, not a list")]
    [InlineData("entities.yml", "OpenAI\n", "entities.yml:1:1: error AS0121: entities.yml must be a map of 'key: value' entries, not a single value")]
    [InlineData("tags.yml", "", "tags.yml:1:1: error AS0122: no themes are defined; add at least one key with a title and a description")]
    [InlineData("tags.yml", "# themes to come\n", "tags.yml:1:1: error AS0122: no themes are defined; add at least one key with a title and a description")]
    [InlineData("site.yml", "title: A\n---\ntitle: B\n", "site.yml:2:1: error AS0131: a second YAML document starts here; a file holds one")]
    public void Given_a_data_file_that_is_not_one_map_When_read_Then_it_gets_one_diagnostic_worded_for_a_data_file(string file, string text, string expected)
    {
        var diagnostics = Read(file, text);

        Assert.Equal([expected], diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Given_an_empty_entities_yml_When_read_Then_there_are_no_organisations_and_no_error()
    {
        Assert.Empty(Read("entities.yml", ""));
    }

    [Fact]
    public void Only_YamlText_creates_a_YamlDotNet_parser_so_every_reader_gets_its_checks()
    {
        var src = Path.Combine(RepositoryPaths.Root, "src");
        var parsing = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f) is var code && (code.Contains("new YamlStream(", StringComparison.Ordinal) || code.Contains("new Parser(", StringComparison.Ordinal) || code.Contains("Deserializer", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(src, f).Replace(Path.DirectorySeparatorChar, '/'));

        Assert.Equal(["ArchiveSite.Core/Input/YamlText.cs"], parsing);
    }

    private static IReadOnlyList<Diagnostic> Read(string file, string text)
    {
        var diagnostics = new DiagnosticBag();
        _ = file switch
        {
            "site.yml" => SiteSettingsReader.Read(text, file, diagnostics) as object,
            "tags.yml" => TagReader.Read(text, file, diagnostics),
            "entities.yml" => EntityReader.Read(text, file, diagnostics),
            _ => PageReader.Read(text, file, file, diagnostics),
        };
        return [.. diagnostics.ToSortedList().Where(d => d.Code != "AS0105")];
    }
}
