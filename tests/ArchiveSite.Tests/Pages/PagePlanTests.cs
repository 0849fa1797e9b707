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
}
