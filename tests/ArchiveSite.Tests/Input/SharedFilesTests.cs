using ArchiveSite.Tests.Contributing;

namespace ArchiveSite.Tests.Input;

/// <summary>A broken shared file (site.yml, tags.yml, entities.yml) gets one diagnostic on itself, worded for a data file,
/// and the digests are not flooded because of it.</summary>
public class SharedFilesTests
{
    [Theory]
    [InlineData("tags.yml", "", "tags.yml:1:1: error AS0122: no themes are defined; add at least one key with a title and a description")]
    [InlineData("tags.yml", "- artist-rights\n- labor\n", "tags.yml:1:1: error AS0121: tags.yml must be a map of 'key: value' entries, not a list")]
    [InlineData("tags.yml", "labor: [Labour\n", "tags.yml:2:1: error AS0102: YAML syntax error: While parsing a flow sequence, did not find expected ',' or ']'; the '[' on line 1 is not closed")]
    [InlineData("entities.yml", "- OpenAI\n", "entities.yml:1:1: error AS0121: entities.yml must be a map of 'key: value' entries, not a list")]
    [InlineData("site.yml", "title: [Pull request fixture\n", "site.yml:2:1: error AS0102: YAML syntax error: While parsing a flow sequence, did not find expected ',' or ']'; the '[' on line 1 is not closed")]
    public void Given_a_broken_shared_file_When_checked_Then_it_is_the_only_diagnostic(string file, string text, string expected)
    {
        using var archive = new PullRequestArchive();
        File.WriteAllText(Path.Combine(archive.Input, file), text);

        var result = archive.Check();

        Assert.Equal([expected], result.Diagnostics.Select(d => d.Format(Path.GetRelativePath(archive.Input, Path.GetFullPath(d.Location.Path)))));
    }

    [Fact]
    public void Given_a_theme_entry_with_a_problem_When_checked_Then_digests_using_its_key_are_not_told_it_is_unknown()
    {
        using var archive = new PullRequestArchive();
        var tags = Path.Combine(archive.Input, "tags.yml");
        File.WriteAllText(tags, File.ReadAllText(tags).Replace("labor:\n  title: Labour\n", "labor:\n  title: [Labour, Labor]\n", StringComparison.Ordinal));

        var result = archive.Check();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("AS0107", Path.GetFullPath(tags), 6), (diagnostic.Code, Path.GetFullPath(diagnostic.Location.Path), diagnostic.Location.Line));
    }
}
