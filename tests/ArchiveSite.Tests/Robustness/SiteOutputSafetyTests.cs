namespace ArchiveSite.Tests.Robustness;

/// <summary>The checker the property tests rely on finds what it must, so "no problems" means something.</summary>
public class SiteOutputSafetyTests
{
    [Theory]
    [InlineData("<p><img src=x onerror=alert(1)></p>", "event handler attribute onerror")]
    [InlineData("<script>alert(1)</script>", "script that is not the theme's")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">x</a>", "script URL in href")]
    [InlineData("<a href=\" JavaScript:alert(1)\">x</a>", "script URL in href")]
    [InlineData("<iframe src=\"https://example.com/\"></iframe>", "forbidden element")]
    [InlineData("<script type=\"application/ld+json\">{\"a\": </script><script>alert(1)</script>", "script that is not the theme's")]
    public void Given_a_page_with_executable_markup_When_checked_Then_it_is_reported(string body, string problem)
    {
        using var site = new TempFolder();
        File.WriteAllText(site.Combine("index.html"), $"<!doctype html><html><body>{body}</body></html>");

        Assert.Contains(SiteOutputSafety.Problems(site.Path), p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_feed_that_is_not_well_formed_When_checked_Then_it_is_reported()
    {
        using var site = new TempFolder();
        File.WriteAllText(site.Combine("feed.xml"), "<feed><title>\u001b</title></feed>");

        Assert.Contains(SiteOutputSafety.Problems(site.Path), p => p.StartsWith("feed.xml: does not parse", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_the_fixture_site_built_with_the_real_theme_When_checked_Then_it_has_no_problems()
    {
        using var temp = new TempFolder();
        var result = SiteBuilds.Build(RepositoryPaths.Fixture("minimal"), temp.Combine("output"));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(SiteOutputSafety.Problems(temp.Combine("output")));
    }
}
