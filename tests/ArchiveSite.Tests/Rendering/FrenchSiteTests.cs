using HtmlAgilityPack;

namespace ArchiveSite.Tests.Rendering;

/// <summary>The minimal fixture built as a French site: the theme's words and dates in French, lang attributes right.</summary>
public sealed class FrenchSiteTests : IClassFixture<FrenchSiteTests.Site>
{
    private readonly Site _site;

    public FrenchSiteTests(Site site) => _site = site;

    [Fact]
    public void The_French_site_builds_and_its_language_file_is_complete()
    {
        Assert.True(_site.Result.Succeeded, string.Join('\n', _site.Result.Diagnostics));
        Assert.DoesNotContain(_site.Result.Diagnostics, d => d.Code.StartsWith("AS033", StringComparison.Ordinal) || d.Code == "AS0137");
    }

    [Fact]
    public void Every_page_says_it_is_in_French_and_its_navigation_is_French()
    {
        var home = _site.Html("index.html");

        Assert.Equal("fr", home.One("/html").Attr("lang"));
        var nav = home.All("//header//nav//a").Select(a => a.Text().Trim()).ToList();
        Assert.Equal(["Thèmes", "Dossiers", "Organisations", "Archives"], nav.Take(4));
        Assert.Equal("Aller au contenu", home.One("//a[@class='skip-link']").Text());
        Assert.Equal("Dernières fiches", home.One("//h2[@id='latest-title']").Text());
    }

    [Fact]
    public void Dates_are_written_the_French_way_with_1er_for_the_first_of_the_month()
    {
        var home = _site.Html("index.html");
        var dates = home.All("//section[contains(@class,'latest')]//time").ToDictionary(t => t.Attr("datetime"), t => t.Text());

        Assert.Equal("26 novembre 2024", dates["2024-11-26"]);
        Assert.Equal("1er mars 2024", dates["2024-03-01"]);
        var year = _site.Html("archive/2024/index.html");
        Assert.Contains("Novembre 2024", year.All("//main//h2").Select(h => h.Text()));
    }

    [Fact]
    public void A_digest_written_in_English_carries_lang_en_on_its_article_and_the_theme_words_in_it_stay_French()
    {
        var page = _site.Html($"digests/{FrenchArchive.EnglishDigest}/index.html");

        var article = page.One("//article[contains(@class,'digest')]");
        Assert.Equal("en", article.Attr("lang"));
        var sources = article.One(".//section[contains(@class,'sources')]");
        Assert.Equal("fr", sources.Attr("lang"));
        Assert.Equal("Sources", sources.One("./h2").Text());
        Assert.StartsWith("Corrigé le ", article.One(".//section[contains(@class,'correction-notes')]//li").Text(), StringComparison.Ordinal);
        Assert.Equal("fr", page.One("/html").Attr("lang"));
        Assert.Contains("\"inLanguage\":\"en\"", page.One("//script[@type='application/ld+json']").InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Listings_mark_the_English_digest_s_title_with_its_lang()
    {
        var home = _site.Html("index.html");
        var titles = home.All("//section[contains(@class,'latest')]//ul[contains(@class,'compact-list')]/li/a");

        Assert.Equal("en", titles.Single(a => a.Attr("href").Contains(FrenchArchive.EnglishDigest, StringComparison.Ordinal)).Attr("lang"));
        Assert.All(titles.Where(a => !a.Attr("href").Contains(FrenchArchive.EnglishDigest, StringComparison.Ordinal)), a => Assert.Equal("", a.Attr("lang")));
    }

    [Fact]
    public void Story_pages_count_episodes_in_French()
    {
        var story = _site.Html("stories/fixture-saga/index.html");

        Assert.Contains("3 épisodes", story.One("//main//p[@class='meta']").Text(), StringComparison.Ordinal);
        Assert.Contains("épisode 1 sur 3", story.All("//article[@class='development']//p[@class='meta']")[0].Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_data_export_gives_each_digest_its_language()
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_site.Output, "data", "digests.json")));
        var languages = json.RootElement.GetProperty("digests").EnumerateArray()
            .ToDictionary(d => d.GetProperty("slug").GetString()!, d => d.GetProperty("language").GetString());

        Assert.Equal("en", languages[FrenchArchive.EnglishDigest]);
        Assert.All(languages.Where(l => l.Key != FrenchArchive.EnglishDigest), l => Assert.Equal("fr", l.Value));
    }

    [Fact]
    public void Feeds_are_titled_in_French()
    {
        var feed = System.Xml.Linq.XDocument.Load(Path.Combine(_site.Output, "corrections", "feed.xml"));
        var atom = System.Xml.Linq.XNamespace.Get("http://www.w3.org/2005/Atom");

        Assert.Equal("Fixture Archive\u00a0: rectificatifs", feed.Root!.Element(atom + "title")!.Value);
        Assert.StartsWith("Rectificatif\u00a0: ", feed.Root.Element(atom + "entry")!.Element(atom + "title")!.Value, StringComparison.Ordinal);
    }

    /// <summary>The French fixture, built once for these tests.</summary>
    public sealed class Site : IDisposable
    {
        private readonly TempFolder _temp = new();

        public Site()
        {
            Output = _temp.Combine("site");
            Result = SiteBuilds.Build(FrenchArchive.Create(_temp), Output);
        }

        public string Output { get; }

        public BuildResult Result { get; }

        public HtmlDocument Html(string sitePath)
        {
            var document = new HtmlDocument();
            document.Load(Path.Combine(Output, sitePath));
            return document;
        }

        public void Dispose() => _temp.Dispose();
    }
}
