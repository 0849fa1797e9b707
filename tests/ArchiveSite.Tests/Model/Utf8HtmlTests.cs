using System.Text;
using ArchiveSite.Model;

namespace ArchiveSite.Tests.Model;

/// <summary>A digest's body kept as UTF-8: written back, piece by piece, exactly as it was rendered.</summary>
public class Utf8HtmlTests
{
    [Theory]
    [InlineData("é")] // two bytes
    [InlineData("—")] // three bytes
    [InlineData("🎨")] // four bytes, two UTF-16 code units
    public void Given_characters_of_several_bytes_across_every_piece_boundary_When_written_Then_the_text_comes_back_exactly(string character)
    {
        // Offsets 0..3 move the character across the decoder's 4,096-byte pieces in every position.
        for (var offset = 0; offset < 4; offset++)
        {
            var text = new StringBuilder("<p>").Append('a', offset);
            while (text.Length < 3 * 4096)
            {
                text.Append(character).Append(" <em>x</em> ");
            }

            var html = text.ToString();
            var written = new StringWriter();
            new Utf8Html(html).WriteTo(written);

            Assert.Equal(html, written.ToString());
            Assert.Equal(html, new Utf8Html(new StringBuilder(html)).ToString());
        }
    }

    [Fact]
    public void Two_bodies_are_equal_exactly_when_their_text_is()
    {
        Assert.Equal(new Utf8Html("<p>Café</p>"), new Utf8Html(new StringBuilder("<p>Café</p>")));
        Assert.Equal(new Utf8Html("<p>Café</p>").GetHashCode(), new Utf8Html("<p>Café</p>").GetHashCode());
        Assert.NotEqual(new Utf8Html("<p>Café</p>"), new Utf8Html("<p>Cafe</p>"));
    }
}
