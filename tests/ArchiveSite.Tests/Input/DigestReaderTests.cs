using ArchiveSite.Diagnostics;
using ArchiveSite.Input;

namespace ArchiveSite.Tests.Input;

/// <summary>The slug rule for digest file names.</summary>
public class DigestReaderTests
{
    [Theory]
    [InlineData("sora-leak-artists-protest")]
    [InlineData("café-owners")]
    [InlineData("яндекс-новости")]
    [InlineData("百度-2024")]
    [InlineData("हिन्दी-समाचार")]
    [InlineData("cafe\u0301-owners")]
    public void Given_a_file_name_the_slug_rule_leaves_unchanged_When_read_Then_it_is_a_valid_slug(string slug) =>
        AssertAccepted(DigestText.With(), $"digests/2024/{slug}.md");

    [Theory]
    [InlineData("Sora-Leak")]
    [InlineData("sora_leak")]
    [InlineData("sora--leak")]
    [InlineData("-sora")]
    public void Given_a_file_name_that_is_not_a_slug_When_read_Then_it_is_AS0118(string slug)
    {
        var diagnostics = new DiagnosticBag();

        DigestReader.Read(DigestText.With(), $"digests/2024/{slug}.md", "example.md", diagnostics);

        Assert.Equal("AS0118", Assert.Single(diagnostics.ToSortedList()).Code);
    }

    private static void AssertAccepted(string text, string relativePath = "digests/2024/example.md")
    {
        var diagnostics = new DiagnosticBag();

        var digest = DigestReader.Read(text, relativePath, "example.md", diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.NotNull(digest);
    }
}
