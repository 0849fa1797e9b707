using ArchiveSite.Diagnostics;

namespace ArchiveSite.Tests.Diagnostics;

public class SuggestionsTests
{
    [Theory]
    [InlineData("tgas", "tags")]
    [InlineData("sumary", "summary")]
    [InlineData("artist-right", "artist-rights")]
    [InlineData("Entities", "entities")]
    public void A_misspelt_word_gets_the_closest_known_word(string word, string expected) =>
        Assert.Equal(expected, Suggestions.Closest(word, ["title", "tags", "summary", "entities", "artist-rights", "sources"]));

    [Fact]
    public void A_word_unlike_any_known_word_gets_no_suggestion() =>
        Assert.Null(Suggestions.Closest("region", ["title", "tags", "summary"]));
}
