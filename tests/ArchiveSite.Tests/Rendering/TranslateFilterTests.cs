using ArchiveSite.Diagnostics;
using ArchiveSite.Pages;
using ArchiveSite.Rendering;
using Fluid;

namespace ArchiveSite.Tests.Rendering;

/// <summary>The <c>t</c> filter as templates use it: named and unnamed arguments, plural forms, and what is encoded.</summary>
public sealed class TranslateFilterTests : IDisposable
{
    private readonly TempFolder _theme = new();
    private readonly ThemeLanguage _language;

    public TranslateFilterTests()
    {
        Directory.CreateDirectory(_theme.Combine(ThemeLanguage.Folder));
        var english = File.ReadAllText(Path.Combine(RepositoryPaths.Theme, ThemeLanguage.Folder, "en.yml"));
        File.WriteAllText(ThemeLanguage.FileOf(_theme.Path, "en"), english + """

            test:
              unnamed: "{0} of {1}"
              quoted: "The archive's <own> \"words\""
              around: "Read {link} first"
            """);
        var diagnostics = new DiagnosticBag();
        _language = ThemeLanguage.Load(_theme.Path, "en", SourceLocation.StartOf("site.yml"), diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedList()));
    }

    [Theory]
    [InlineData("{{ 'test.unnamed' | t: 2, 5 }}", "2 of 5")]
    [InlineData("{{ 'story.development' | t: number: 2, count: 5 }}", "development 2 of 5")]
    [InlineData("{{ 'count.digests' | t: count: 1 }}|{{ 'count.digests' | t: count: 0 }}|{{ 'count.digests' | t: count: 7 }}", "1 digest|0 digests|7 digests")]
    [InlineData("{{ 'test.quoted' | t }}", "The archive's &lt;own&gt; &quot;words&quot;")]
    [InlineData("{% capture link %}<a href=\"/x/\">x</a>{% endcapture %}{{ 'test.around' | t: link: link }}", "Read <a href=\"/x/\">x</a> first")]
    [InlineData("{{ 'test.around' | t: link: text }}", "Read &lt;b&gt;bold&lt;/b&gt; first")]
    public void The_filter_writes_the_language_s_text_with_its_arguments(string template, string expected)
    {
        Assert.Equal(expected, Render(template));
    }

    [Fact]
    public void An_unknown_key_is_a_theme_error_that_names_the_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Render("{{ 'nav.no_such_key' | t }}"));

        Assert.Contains("'nav.no_such_key'", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _theme.Dispose();

    private string Render(string source)
    {
        var options = LiquidOptions.Create(ThemePartials.Load(ThemeFiles.BuiltIn.In(Theme.PartialsFolder)));
        Assert.True(new FluidParser().TryParse(source, out var template, out var error), error);
        var context = new TemplateContext(options);
        context.AmbientValues[LiquidOptions.ContextKey] = new RenderContext(new SiteUrl(new Uri("https://example.test/")), new Dictionary<string, string>(), _language);
        context.SetValue("text", "<b>bold</b>");
        return template.Render(context, LiquidOptions.Encoder);
    }
}
