namespace ArchiveSite.Tests.Pages;

public class PagePlanTests
{
    [Fact]
    public void A_plain_page_may_not_take_a_url_the_generator_uses()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("minimal"), "input");
        File.Copy(Path.Combine(input, "pages", "about.md"), Path.Combine(input, "pages", "tags.md"));

        var result = new SiteBuild(new BuildOptions(input, RepositoryPaths.Theme, temp.Combine("out"), Search: false)).Check();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("AS0209", error.Code);
        Assert.EndsWith("pages/tags.md", error.Location.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slug_may_use_lowercase_letters_of_any_script_and_the_sitemap_escapes_it()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("minimal"), "input");
        File.Move(Path.Combine(input, "digests", "2023", "older-story.md"), Path.Combine(input, "digests", "2023", "café-écrivains.md"));

        var result = SiteBuilds.Build(input, temp.Combine("out"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(temp.Combine("out", "digests", "café-écrivains", "index.html")));
        Assert.Contains("<loc>https://example.test/repo/digests/caf%C3%A9-%C3%A9crivains/</loc>", File.ReadAllText(temp.Combine("out", "sitemap.xml")), StringComparison.Ordinal);
    }
}
