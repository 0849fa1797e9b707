using System.Text;
using ArchiveSite.Common;

namespace ArchiveSite.Tests.Common;

/// <summary>The one slug rule: letters of any script lowercased, their marks, digits, single hyphens.</summary>
public class SlugsTests
{
    [Theory]
    [InlineData("Stability AI", "stability-ai")]
    [InlineData("Garante per la protezione dei dati personali", "garante-per-la-protezione-dei-dati-personali")]
    [InlineData("  AT&T, Inc.  ", "at-t-inc")]
    [InlineData("Яндекс", "яндекс")]
    [InlineData("百度", "百度")]
    [InlineData("Société Générale", "société-générale")]
    [InlineData("हिन्दी समाचार", "हिन्दी-समाचार")]
    [InlineData("データ社", "データ社")]
    [InlineData("𠀀 Labs", "𠀀-labs")]
    [InlineData("GPT-4o (2024)", "gpt-4o-2024")]
    [InlineData("🤖 Robots", "robots")]
    public void A_name_becomes_its_slug(string name, string slug) => Assert.Equal(slug, Slugs.From(name));

    [Theory]
    [InlineData("???")]
    [InlineData("—")]
    [InlineData("🤖")]
    [InlineData("\u0301")]
    public void A_name_without_a_letter_or_digit_has_no_slug(string name) => Assert.Equal("", Slugs.From(name));

    [Fact]
    public void Two_names_in_different_scripts_get_different_slugs() =>
        Assert.NotEqual(Slugs.From("Яндекс"), Slugs.From("百度"));

    [Fact]
    public void A_long_name_is_cut_to_the_byte_limit_between_characters()
    {
        var slug = Slugs.From(string.Concat(Enumerable.Repeat("百度", 100)));

        Assert.True(Encoding.UTF8.GetByteCount(slug) <= Slugs.MaxBytes);
        Assert.Equal(Slugs.MaxBytes / 3, slug.Length);
        Assert.Equal(slug, Slugs.From(slug));
    }

    [Theory]
    [InlineData("sora-leak", true)]
    [InlineData("яндекс-2024", true)]
    [InlineData("Sora", false)]
    [InlineData("sora--leak", false)]
    [InlineData("sora-", false)]
    [InlineData("", false)]
    public void A_slug_is_what_the_rule_leaves_unchanged(string text, bool isSlug) => Assert.Equal(isSlug, Slugs.IsSlug(text));
}
