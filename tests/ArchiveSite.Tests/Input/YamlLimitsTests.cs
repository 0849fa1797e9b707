using ArchiveSite.Diagnostics;
using ArchiveSite.Input;

namespace ArchiveSite.Tests.Input;

/// <summary>The YAML limits of <see cref="InputLimits"/>, each at the limit (accepted) and one past it (a located error).</summary>
public class YamlLimitsTests
{
    [Fact]
    public void Given_as_many_aliases_as_the_limit_When_parsed_Then_the_file_is_accepted()
    {
        var diagnostics = Parse(Aliases(InputLimits.YamlAliases));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Given_one_alias_past_the_limit_When_parsed_Then_the_extra_alias_is_an_error()
    {
        var diagnostics = Parse(Aliases(InputLimits.YamlAliases + 1));

        // "b: [" is 4 characters and each "*a, " another 4: the 101st alias starts at column 5 + 4 * 100.
        Assert.Equal([$"site.yml:2:{5 + (4 * InputLimits.YamlAliases)}: error AS0123: more than {InputLimits.YamlAliases} YAML aliases ('*name') in one file; write the values out"], diagnostics);
    }

    [Fact]
    public void Given_aliases_expanding_to_exactly_the_limit_When_parsed_Then_the_file_is_accepted()
    {
        Assert.Equal(InputLimits.YamlExpandedNodes, ExpandedSize(77, 1281));

        var diagnostics = Parse(Expanding(77, 1281, extra: 0));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Given_aliases_expanding_to_one_value_past_the_limit_When_parsed_Then_the_value_that_passes_it_is_an_error()
    {
        var diagnostics = Parse(Expanding(77, 1281, extra: 1));

        var error = Assert.Single(diagnostics);
        Assert.StartsWith($"site.yml:2:{"copies: [".Length + (4 * 77) + 1}: error AS0124: YAML aliases expand this file to more than {InputLimits.YamlExpandedNodes} values", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_billion_laughs_When_parsed_Then_it_stops_at_the_limit_at_once()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat("bcdefghi".Select((name, i) =>
            $"{name}: &{name} [{string.Join(", ", Enumerable.Repeat("*" + "abcdefghi"[i], 10))}]\n"));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var diagnostics = Parse(yaml);

        Assert.Contains(diagnostics, d => d.Contains("error AS0124", StringComparison.Ordinal));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Given_maps_and_lists_nested_exactly_to_the_limit_When_parsed_Then_the_file_is_accepted()
    {
        // The root map is one level; 31 brackets make 32.
        var diagnostics = Parse(Nested(InputLimits.YamlDepth - 1));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Given_one_level_past_the_depth_limit_When_parsed_Then_the_bracket_that_passes_it_is_an_error()
    {
        var diagnostics = Parse(Nested(InputLimits.YamlDepth));

        Assert.Equal([$"site.yml:1:{4 + InputLimits.YamlDepth - 1}: error AS0125: YAML maps and lists nest more than {InputLimits.YamlDepth} deep here"], diagnostics);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void Given_an_alias_whose_value_nests_deep_When_it_is_used_one_level_down_Then_its_expanded_depth_counts(int extraLevels, bool accepted)
    {
        // The anchored list nests 30 levels inside the root map; used inside one more list it reaches 32, or 33.
        var anchored = new string('[', 30) + "x" + new string(']', 30);
        var use = new string('[', 1 + extraLevels) + "*d" + new string(']', 1 + extraLevels);

        var diagnostics = Parse($"a: &d {anchored}\nb: {use}\n");

        Assert.Equal(accepted, diagnostics.Count == 0);
        Assert.All(diagnostics, d => Assert.StartsWith($"site.yml:2:{5 + extraLevels}: error AS0125", d, StringComparison.Ordinal));
    }

    [Fact]
    public void Given_front_matter_past_a_limit_When_read_Then_the_line_counts_from_the_file_start()
    {
        var diagnostics = new DiagnosticBag();

        FrontMatter.Parse("digest.md", "---\ntitle: x\n" + Nested(InputLimits.YamlDepth) + "---\nBody.\n", diagnostics);

        Assert.Equal("digest.md:3:" + (4 + InputLimits.YamlDepth - 1), Assert.Single(diagnostics.ToSortedList()).Location.ToString());
    }

    /// <summary>Root map, key a, scalar, key b, a list of <paramref name="count"/> aliases.</summary>
    private static string Aliases(int count) => $"a: &a x\nb: [{string.Join(", ", Enumerable.Repeat("*a", count))}]\n";

    /// <summary>A list of <paramref name="items"/> scalars, then <paramref name="copies"/> aliases of it and <paramref name="extra"/> plain scalars.</summary>
    private static string Expanding(int copies, int items, int extra) =>
        $"list: &a [{string.Join(", ", Enumerable.Repeat("x", items))}]\n" +
        $"copies: [{string.Join(", ", Enumerable.Repeat("*a", copies).Concat(Enumerable.Repeat("y", extra)))}]\n";

    // Root map, key "list", its list and items, key "copies", its list, and each alias standing for the list and its items.
    private static int ExpandedSize(int copies, int items) => 1 + 1 + 1 + items + 1 + 1 + (copies * (items + 1));

    private static string Nested(int brackets) => $"a: {new string('[', brackets)}x{new string(']', brackets)}\n";

    private static List<string> Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        YamlText.ParseDataFile("site.yml", yaml, diagnostics);
        return [.. diagnostics.ToSortedList().Select(d => d.ToString())];
    }
}
