using ArchiveSite.Authoring;
using ArchiveSite.Diagnostics;
using ArchiveSite.Input;

namespace ArchiveSite.Tests.Authoring;

/// <summary>`new` names the file by the one slug rule, so a title in any script gives a file name check accepts.</summary>
public class DigestTemplateTests
{
    [Theory]
    [InlineData("Яндекс уволил модераторов", "яндекс-уволил-модераторов")]
    [InlineData("百度发布文心一言", "百度发布文心一言")]
    [InlineData("Testers protest: unpaid work!", "testers-protest-unpaid-work")]
    [InlineData("???", DigestTemplate.FallbackSlug)]
    public void Given_a_title_When_new_writes_the_digest_Then_its_file_name_is_a_slug_check_accepts(string title, string slug)
    {
        using var temp = new TempFolder();

        var path = DigestTemplate.Write(temp.Path, title, new DateOnly(2025, 3, 1));

        Assert.Equal(slug, Path.GetFileNameWithoutExtension(path));
        var diagnostics = new DiagnosticBag();
        DigestReader.Read(File.ReadAllText(path), $"digests/2025/{slug}.md", "new.md", diagnostics);
        Assert.DoesNotContain(diagnostics.ToSortedList(), d => d.Code == "AS0118");
    }

    [Fact]
    public void Given_a_long_title_When_its_slug_is_shortened_Then_the_cut_falls_between_characters()
    {
        // Each "हिन्" is several code points (a letter and its marks): a cut by code unit could split one.
        var slug = DigestTemplate.UniqueSlug(string.Concat(Enumerable.Repeat("हिन्", 60)), new HashSet<string>());

        Assert.Equal(DigestTemplate.MaxSlugLength, new System.Globalization.StringInfo(slug).LengthInTextElements);
        Assert.True(ArchiveSite.Common.Slugs.IsSlug(slug));
    }

    [Fact]
    public void Given_a_taken_slug_When_new_picks_one_Then_it_numbers_the_next()
    {
        Assert.Equal("яндекс-2", DigestTemplate.UniqueSlug("яндекс", new HashSet<string> { "яндекс" }));
    }
}
