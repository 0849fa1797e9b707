using ArchiveSite.Diagnostics;
using ArchiveSite.Input;

namespace ArchiveSite.Tests.Input;

/// <summary>entities.yml and tags.yml: every alias leads to one entry, and every organisation to a page of its own.</summary>
public class EntityReaderTests
{
    [Fact]
    public void Given_an_alias_shared_by_two_organisations_When_read_Then_the_second_is_an_error_naming_both()
    {
        var diagnostics = Entities("OpenAI:\n  aliases: [Open AI]\nMicrosoft:\n  aliases: [MS, Open AI]\n");

        Assert.Equal(["entities.yml:4:17: error AS0132: alias 'Open AI' of 'Microsoft' is also an alias of 'OpenAI'; an alias must lead to one entry"], diagnostics);
    }

    [Fact]
    public void Given_an_alias_that_is_another_organisations_name_When_read_Then_it_is_an_error_naming_both()
    {
        var diagnostics = Entities("OpenAI:\n  aliases: [Microsoft]\nMicrosoft:\n  description: US software company.\n");

        Assert.Equal(["entities.yml:2:13: error AS0133: alias 'Microsoft' of 'OpenAI' is the name of another entry; remove the alias or merge the two"], diagnostics);
    }

    [Fact]
    public void Given_an_alias_that_repeats_its_own_name_When_read_Then_it_is_harmless()
    {
        Assert.Empty(Entities("OpenAI:\n  aliases: [OpenAI, Open AI]\n"));
    }

    [Fact]
    public void Given_two_organisations_with_one_slug_When_read_Then_the_second_is_an_error_naming_the_first()
    {
        var diagnostics = Entities("Open AI:\n  description: a\nOpen-AI:\n  description: b\n");

        Assert.Equal(["entities.yml:3:1: error AS0134: 'Open-AI' would have the same URL slug 'open-ai' as 'Open AI' on line 1; spell them apart or make one an alias of the other"], diagnostics);
    }

    [Fact]
    public void Given_organisations_named_in_other_scripts_When_read_Then_each_has_its_own_slug()
    {
        var diagnostics = new DiagnosticBag();

        var entities = EntityReader.Read("Яндекс:\n  description: Russian search engine.\n百度:\n  description: Chinese search engine.\n", "entities.yml", diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(["яндекс", "百度"], entities.Select(e => e.Slug));
    }

    [Fact]
    public void Given_an_organisation_without_a_letter_or_digit_When_read_Then_it_is_an_error()
    {
        var diagnostics = Entities("\"???\":\n  description: x\n");

        Assert.Equal(["entities.yml:1:1: error AS0135: '???' has no letter or digit to make its URL from"], diagnostics);
    }

    [Fact]
    public void Given_a_theme_alias_shared_by_two_themes_When_read_Then_it_is_an_error_too()
    {
        var diagnostics = new DiagnosticBag();

        TagReader.Read("labor:\n  title: Labour\n  description: Work.\n  aliases: [work]\njobs:\n  title: Jobs\n  description: Jobs.\n  aliases: [work, labor]\n", "tags.yml", diagnostics);

        Assert.Equal(
            [
                "tags.yml:8:13: error AS0132: alias 'work' of 'jobs' is also an alias of 'labor'; an alias must lead to one entry",
                "tags.yml:8:19: error AS0133: alias 'labor' of 'jobs' is the name of another entry; remove the alias or merge the two",
            ],
            diagnostics.ToSortedList().Select(d => d.ToString()));
    }

    [Fact]
    public void Given_a_theme_key_that_is_not_a_slug_When_read_Then_it_is_worded_for_a_theme_key()
    {
        var diagnostics = new DiagnosticBag();

        TagReader.Read("Artist Rights:\n  title: Artist rights\n  description: Creators.\n", "tags.yml", diagnostics);

        Assert.Equal(["tags.yml:1:1: error AS0127: theme key 'Artist Rights' is not a valid slug; use lowercase letters, digits and hyphens"], diagnostics.ToSortedList().Select(d => d.ToString()));
    }

    private static List<string> Entities(string text)
    {
        var diagnostics = new DiagnosticBag();
        EntityReader.Read(text, "entities.yml", diagnostics);
        return [.. diagnostics.ToSortedList().Select(d => d.ToString())];
    }
}
