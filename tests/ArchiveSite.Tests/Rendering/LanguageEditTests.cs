using HtmlAgilityPack;

namespace ArchiveSite.Tests.Rendering;

/// <summary>A preview session picks up edits to the theme's language files and to the site's language, and then serves
/// exactly what a full build of the same input writes.</summary>
public sealed class LanguageEditTests
{
    [Fact]
    public void Given_a_session_When_a_language_file_or_the_site_language_changes_Then_every_page_shows_it_as_a_full_build_does()
    {
        using var archive = new TestArchive(copyTheme: true);
        var session = new SiteSession(archive.Options());
        Assert.True(session.Update().Succeeded);
        var english = Path.Combine(archive.Theme, "i18n", "en.yml");
        var site = Path.Combine(archive.Input, "site.yml");

        TestArchive.Edit(english, t => t.Replace("latest: Latest digests", "latest: Newest digests", StringComparison.Ordinal));
        var edited = session.Update([english]);

        Assert.True(edited.Succeeded, string.Join('\n', edited.Diagnostics));
        Assert.Equal("Newest digests", Home(archive).One("//h2[@id='latest-title']").Text());
        AssertSameAsFullBuild(archive, "full-en");

        TestArchive.Edit(site, t => t.Replace("language: en", "language: fr", StringComparison.Ordinal));
        var french = session.Update([site]);

        Assert.True(french.Succeeded, string.Join('\n', french.Diagnostics));
        var home = Home(archive);
        Assert.Equal("fr", home.One("/html").Attr("lang"));
        Assert.Equal("Dernières fiches", home.One("//h2[@id='latest-title']").Text());
        AssertSameAsFullBuild(archive, "full-fr");

        TestArchive.Edit(Path.Combine(archive.Theme, "i18n", "fr.yml"), t => t.Replace("  latest: Dernières fiches\n", "", StringComparison.Ordinal));
        var missing = session.Update([Path.Combine(archive.Theme, "i18n", "fr.yml")]);

        Assert.Contains(missing.Diagnostics, d => d.Code == "AS0330" && d.Message.StartsWith("'home.latest'", StringComparison.Ordinal));
        Assert.Equal("Newest digests", Home(archive).One("//h2[@id='latest-title']").Text());
    }

    private static HtmlDocument Home(TestArchive archive)
    {
        var document = new HtmlDocument();
        document.Load(Path.Combine(archive.Output, "index.html"));
        return document;
    }

    private static void AssertSameAsFullBuild(TestArchive archive, string name)
    {
        var full = archive.Combine(name);
        Assert.True(new SiteBuild(archive.Options(full)).Build().Succeeded);
        SiteFolders.AssertSame(full, archive.Output);
    }
}
