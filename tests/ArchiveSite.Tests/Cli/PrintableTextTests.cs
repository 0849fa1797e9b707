using ArchiveSite.Cli;

namespace ArchiveSite.Tests.Cli;

public class PrintableTextTests
{
    [Theory]
    [InlineData("a\nb", @"a\nb")]
    [InlineData("a\r\nb", @"a\r\nb")]
    [InlineData("tab\there", @"tab\there")]
    [InlineData("\u001b[31mred", @"\x1b[31mred")]
    [InlineData("nul\0", @"nul\x00")]
    [InlineData("del\u007f", @"del\x7f")]
    [InlineData("next\u0085line", @"next\u0085line")]
    [InlineData("line\u2028sep\u2029", @"line\u2028sep\u2029")]
    [InlineData("bidi\u202eevil", @"bidi\u202eevil")]
    [InlineData("\ufeffbom", @"\ufeffbom")]
    [InlineData("non\ufffechar", @"non\ufffechar")]
    public void Given_a_character_that_breaks_or_hides_text_When_escaped_Then_it_is_shown_as_a_visible_escape(string text, string expected)
    {
        Assert.Equal(expected, PrintableText.Escape(text));
    }

    [Fact]
    public void Given_a_lone_surrogate_When_escaped_Then_it_is_shown_while_a_well_formed_pair_is_kept()
    {
        Assert.Equal(@"x\ud800y 😀 Яндекс 百度", PrintableText.Escape("x\ud800y 😀 Яндекс 百度"));
    }

    [Fact]
    public void Given_ordinary_text_When_escaped_Then_it_is_unchanged()
    {
        const string text = "input/digests/2024/sora-leak.md:3:1: error AS0104: unknown key 'tgas'; did you mean 'tags'?";

        Assert.Same(text, PrintableText.Escape(text));
        Assert.Same(text, PrintableText.Line(text));
    }

    [Theory]
    [InlineData("::stop-commands::token", @"\x3a:stop-commands::token")]
    [InlineData("   ::error::x", @"   \x3a:error::x")]
    [InlineData("\u3000::error::x", "\u3000\\x3a:error::x")]
    [InlineData("\t::error::x", @"\t::error::x")]
    public void Given_a_line_that_starts_a_workflow_command_When_made_a_line_Then_it_cannot_start_one(string text, string expected)
    {
        var line = PrintableText.Line(text);

        Assert.Equal(expected, line);
        Assert.False(line.TrimStart().StartsWith("::", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_the_legacy_command_form_anywhere_in_a_line_When_made_a_line_Then_it_is_broken()
    {
        // The runner finds "##[" anywhere in a line, not only at its start.
        var line = PrintableText.Line("input/digests/x ##[stop-commands]token.md:1:1: error AS0100: ###[error]x");

        Assert.DoesNotContain("##[", line, StringComparison.Ordinal);
        Assert.Equal(@"input/digests/x ##\x5bstop-commands]token.md:1:1: error AS0100: ###\x5berror]x", line);
    }

    [Fact]
    public void Given_text_with_line_breaks_When_encoded_for_an_annotation_Then_they_are_percent_encoded_and_other_controls_escaped()
    {
        Assert.Equal(@"100%25 a%0D%0Ab \x1b:,", PrintableText.AnnotationData("100% a\r\nb \u001b:,"));
        Assert.Equal(@"a%3Ab%2Cc%25%0A\x1b", PrintableText.AnnotationProperty("a:b,c%\n\u001b"));
    }
}
