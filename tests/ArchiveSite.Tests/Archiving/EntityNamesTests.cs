using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using ArchiveSite.Tests.Input;

namespace ArchiveSite.Tests.Archiving;

/// <summary>Every organisation digests name gets a page of its own, whatever its script; two that would share one are an error.</summary>
public class EntityNamesTests
{
    [Fact]
    public void Given_organisations_named_in_Cyrillic_and_Chinese_When_the_archive_is_built_Then_each_has_its_own_page()
    {
        var diagnostics = new DiagnosticBag();

        var archive = SpecArchive.Build(
            diagnostics,
            digests: [("yandex-story", DigestText.With(entities: ["Яндекс"])), ("baidu-story", DigestText.With(entities: ["百度"]))]);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(["яндекс", "百度"], archive!.Entities.Select(e => e.Slug).Order(StringComparer.Ordinal));
        Assert.Equal("yandex-story", Assert.Single(archive.WithEntity("яндекс")).Slug);
        Assert.Equal("baidu-story", Assert.Single(archive.WithEntity("百度")).Slug);
    }

    [Fact]
    public void Given_two_organisations_whose_slugs_are_cut_to_the_same_text_When_built_Then_the_second_is_an_error_naming_both()
    {
        // Past Slugs.MaxBytes a slug is cut, so two long names that differ only at the end would share one page.
        var stem = string.Concat(Enumerable.Repeat("Foundation ", 20));
        var diagnostics = new DiagnosticBag();

        var archive = SpecArchive.Build(
            diagnostics,
            digests: [("first", DigestText.With(entities: [stem + "North"])), ("second", DigestText.With(entities: [stem + "Southern Branch"]))]);

        Assert.Null(archive);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("AS0210", "second.md", 6, 12), (error.Code, error.Location.Path, error.Location.Line, error.Location.Column));
        Assert.Equal($"organisation '{stem}Southern Branch' would have the URL of '{stem}North' (slug '{Slugs.From(stem)}'); spell them apart or make one an alias of the other", error.Message);
    }
}
