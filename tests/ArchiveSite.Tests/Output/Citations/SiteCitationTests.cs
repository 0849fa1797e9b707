using System.Text.Json;
using ArchiveSite.Output.Citations;

namespace ArchiveSite.Tests.Output.Citations;

/// <summary>The minimal fixture (no version anywhere): citations on its pages and in its files, and nothing claimed
/// that the input does not say. citation-js reads the same files back in the browser test project.</summary>
/// <remarks>Built from a copy outside the repository, so no git history moves the dates: each last change is the
/// digest's <c>updated:</c> or its event.</remarks>
public class SiteCitationTests(SiteCitationTests.MinimalCopy site) : IClassFixture<SiteCitationTests.MinimalCopy>
{
    /// <summary>The minimal fixture copied to a temp folder and built once.</summary>
    public sealed class MinimalCopy : IDisposable
    {
        private readonly TempFolder _temp = new();

        public MinimalCopy()
        {
            Output = _temp.Combine("site");
            var result = SiteBuilds.Build(_temp.CopyFrom(RepositoryPaths.Fixture("minimal"), "input"), Output);
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        }

        public string Output { get; }

        public HtmlAgilityPack.HtmlDocument Html(string sitePath)
        {
            var document = new HtmlAgilityPack.HtmlDocument();
            document.Load(Path.Combine(Output, sitePath));
            return document;
        }

        public void Dispose() => _temp.Dispose();
    }

    [Fact]
    public void Without_a_version_the_footer_data_and_citations_claim_none_but_give_the_latest_change()
    {
        var footer = site.Html("index.html").One("//footer//p[@class='edition']");
        Assert.Equal("Last changed 2 December 2024", footer.InnerText);
        Assert.Equal("2024-12-02", footer.One("time").Attr("datetime"));

        var data = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "data", "digests.json"))).RootElement;
        Assert.False(data.TryGetProperty("version", out _));
        Assert.Equal("2024-12-02", data.GetProperty("last_changed").GetString());

        foreach (var file in Directory.EnumerateFiles(site.Output, "cite.*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("version", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("ET  - ", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_digest_page_cites_the_digest_with_its_dates_and_links_its_three_files()
    {
        var page = site.Html("digests/sora-leak/index.html").DocumentNode;

        var citation = page.One("//section[@class='cite']/p[@class='citation']").InnerText;
        Assert.Equal(
            "Fixture Archive. \u201CArtists leak access to OpenAI's Sora in protest over unpaid testing.\u201D Event of 26 November 2024; last changed 2 December 2024. https://example.test/repo/digests/sora-leak/",
            System.Net.WebUtility.HtmlDecode(citation));
        var links = page.All("//section[@class='cite']//p[@class='citation-files']/a");
        Assert.Equal(
            [("/repo/digests/sora-leak/cite.bib", "application/x-bibtex", "sora-leak.bib"),
             ("/repo/digests/sora-leak/cite.ris", "application/x-research-info-systems", "sora-leak.ris"),
             ("/repo/digests/sora-leak/cite.json", "application/vnd.citationstyles.csl+json", "sora-leak.json")],
            links.Select(a => (a.GetAttributeValue("href", ""), System.Net.WebUtility.HtmlDecode(a.GetAttributeValue("type", "")), a.GetAttributeValue("download", ""))));
        Assert.All(links, a => Assert.True(File.Exists(Path.Combine(site.Output, a.GetAttributeValue("href", "")["/repo/".Length..]))));
    }

    [Fact]
    public void The_about_page_cites_the_whole_archive_and_no_other_page_does()
    {
        var about = site.Html("about/index.html").DocumentNode;
        Assert.Equal("Fixture Archive. Last changed 2 December 2024. https://example.test/repo/", about.One("//p[@class='citation']").InnerText);
        Assert.Equal(["/repo/cite.bib", "/repo/cite.ris", "/repo/cite.json"], about.All("//p[@class='citation-files']/a").Select(a => a.GetAttributeValue("href", "")));
        Assert.False(site.Html("index.html").DocumentNode.Has("//p[@class='citation-files']"));
    }

    [Fact]
    public void The_version_the_build_is_given_wins_over_site_yml_s_in_the_footer_data_and_citations()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("minimal"), "input");
        File.AppendAllText(Path.Combine(input, "site.yml"), "version: 2026.11\n");
        var output = temp.Combine("site");

        var result = new SiteBuild(new BuildOptions(input, RepositoryPaths.Theme, output, Search: false, Today: TestArchive.Today) { Version = "v2026.12" }).Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("Version v2026.12 · last changed", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
        Assert.Contains("\"version\": \"v2026.12\"", File.ReadAllText(Path.Combine(output, "data", "digests.json")), StringComparison.Ordinal);
        Assert.Contains("ET  - v2026.12\r\n", File.ReadAllText(Path.Combine(output, "digests", "sora-leak", "cite.ris")), StringComparison.Ordinal);
        Assert.Contains("version      = {v2026.12},", File.ReadAllText(Path.Combine(output, "cite.bib")), StringComparison.Ordinal);
        Assert.DoesNotContain("2026.11", File.ReadAllText(Path.Combine(output, "digests", "sora-leak", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Ris_lines_end_in_cr_lf_and_the_record_in_an_end_tag()
    {
        var ris = File.ReadAllText(Path.Combine(site.Output, "digests", "sora-leak", "cite.ris"));

        Assert.StartsWith("TY  - ELEC\r\n", ris, StringComparison.Ordinal);
        Assert.EndsWith("\r\nER  - \r\n", ris, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ris.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"a & b", @"a \& b")]
    [InlineData(@"100% $5 #1 a_b", @"100\% \$5 \#1 a\_b")]
    [InlineData(@"{x} \y ~z ^w", @"\textbraceleft{}x\textbraceright{} \textbackslash{}y \textasciitilde{}z \textasciicircum{}w")]
    [InlineData("  line\nbreak\t and  spaces ", "line break and spaces")]
    [InlineData("Zürich — 監視 «é»", "Zürich — 監視 «é»")]
    public void BibTeX_escapes_each_latex_special_and_keeps_other_text(string text, string expected) =>
        Assert.Equal(expected, BibTeXCitation.Escape(text));

    [Fact]
    public void Every_unbalanced_brace_is_escaped_so_the_entry_stays_balanced()
    {
        var escaped = BibTeXCitation.Escape("}}{ a { b");

        Assert.Equal(escaped.Count(c => c == '{'), escaped.Count(c => c == '}'));
    }
}
