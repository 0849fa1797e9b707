using ArchiveSite.Diagnostics;
using ArchiveSite.Rendering;

namespace ArchiveSite.Tests.Rendering;

/// <summary>The language loader over a theme folder holding the repository's English file and a language file per test.</summary>
public sealed class ThemeLanguageTests : IDisposable
{
    private static readonly SourceLocation Setting = new("input/site.yml", 4, 11);
    private readonly TempFolder _theme = new();

    public ThemeLanguageTests()
    {
        Directory.CreateDirectory(_theme.Combine(ThemeLanguage.Folder));
        File.Copy(Path.Combine(RepositoryPaths.Theme, ThemeLanguage.Folder, "en.yml"), ThemeLanguage.FileOf(_theme.Path, "en"));
    }

    [Fact]
    public void Given_a_key_missing_from_the_language_When_loaded_Then_English_fills_it_and_one_warning_names_the_key_and_file()
    {
        Write("de", "plural:\n  one: [1]\nnav:\n  themes: Themen\n");

        var (language, diagnostics) = Load("de");

        Assert.NotNull(language);
        Assert.Equal("Themen", language.Text("nav.themes"));
        Assert.Equal("Stories", language.Text("nav.stories"));
        var missing = diagnostics.Where(d => d.Code == DiagnosticCodes.LanguageKeyMissing.Id && d.Message.StartsWith("'nav.stories'", StringComparison.Ordinal)).ToList();
        var warning = Assert.Single(missing);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("i18n/de.yml", warning.Location.Path, StringComparison.Ordinal);
        Assert.Contains("en.yml", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Fact]
    public void Given_a_language_file_that_is_not_YAML_When_loaded_Then_it_is_an_error_at_its_line_and_nothing_is_returned()
    {
        Write("fr", "nav:\n  themes: Thèmes\n  stories: [Dossiers\ntitle:\n  tags: Thèmes\n");

        var (language, diagnostics) = Load("fr");

        Assert.Null(language);
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.YamlSyntax.Id, error.Code);
        Assert.EndsWith("i18n/fr.yml", error.Location.Path, StringComparison.Ordinal);
        Assert.True(error.Location.Line >= 3, $"located at line {error.Location.Line}");
    }

    [Fact]
    public void Given_month_names_that_are_not_twelve_When_loaded_Then_it_is_an_error_at_the_list()
    {
        Write("fr", "date:\n  months: [janvier, février]\n");

        var (language, diagnostics) = Load("fr");

        Assert.Null(language);
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.LanguageValueInvalid.Id, error.Code);
        Assert.Equal(2, error.Location.Line);
    }

    [Theory]
    [InlineData(2024, 11, 26, "26 novembre 2024")]
    [InlineData(2024, 12, 1, "1er décembre 2024")]
    [InlineData(2025, 8, 2, "2 août 2025")]
    public void The_shipped_French_file_writes_dates_the_French_way(int year, int month, int day, string expected)
    {
        File.Copy(Path.Combine(RepositoryPaths.Theme, ThemeLanguage.Folder, "fr.yml"), ThemeLanguage.FileOf(_theme.Path, "fr"));

        var (language, diagnostics) = Load("fr");

        Assert.Empty(diagnostics);
        Assert.Equal(expected, language!.LongDate(new DateOnly(year, month, day)));
        Assert.Equal("Décembre", language.MonthHeading(12));
    }

    [Fact]
    public void English_dates_and_plurals_stay_as_the_theme_wrote_them()
    {
        var (language, diagnostics) = Load("en");

        Assert.Empty(diagnostics);
        Assert.Equal("1 December 2024", language!.LongDate(new DateOnly(2024, 12, 1)));
        Assert.Equal("1 digest", language.Count("count.digests", 1));
        Assert.Equal("0 digests", language.Count("count.digests", 0));
    }

    [Fact]
    public void French_counts_zero_and_one_in_the_singular()
    {
        File.Copy(Path.Combine(RepositoryPaths.Theme, ThemeLanguage.Folder, "fr.yml"), ThemeLanguage.FileOf(_theme.Path, "fr"));

        var (language, _) = Load("fr");

        Assert.Equal(["0 fiche", "1 fiche", "2 fiches"], [language!.Count("count.digests", 0), language.Count("count.digests", 1), language.Count("count.digests", 2)]);
    }

    [Fact]
    public void Given_a_region_without_its_own_file_When_loaded_Then_the_language_file_serves_it()
    {
        Write("pt", "nav:\n  themes: Temas\n");

        var (language, _) = Load("pt-BR");

        Assert.Equal("Temas", language!.Text("nav.themes"));
        Assert.Equal("pt-BR", language.Code);
    }

    [Fact]
    public void Given_a_language_with_no_file_When_loaded_Then_the_site_is_in_English_with_a_warning_at_the_setting()
    {
        var (language, diagnostics) = Load("nl");

        Assert.Equal("Themes", language!.Text("nav.themes"));
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.NoLanguageFile.Id, warning.Code);
        Assert.Equal(Setting, warning.Location);
    }

    [Fact]
    public void Given_a_key_English_does_not_have_or_a_stray_placeholder_When_loaded_Then_each_is_a_warning_at_its_line()
    {
        Write("de", "nav:\n  themse: Themen\n  stories: \"Dossiers {count}\"\n");

        var (_, diagnostics) = Load("de");

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.LanguageKeyUnknown.Id && d.Location.Line == 2);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.LanguagePlaceholderUnknown.Id && d.Location.Line == 3 && d.Message.Contains("{count}", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_an_English_file_without_a_text_the_build_needs_When_loaded_Then_it_is_an_error_naming_the_key()
    {
        var english = ThemeLanguage.FileOf(_theme.Path, "en");
        File.WriteAllLines(english, File.ReadAllLines(english).Where(l => !l.TrimStart().StartsWith("page_number:", StringComparison.Ordinal)));

        var (language, diagnostics) = Load("en");

        Assert.Null(language);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.LanguageKeyRequired.Id && d.Message.Contains("'title.page_number'", StringComparison.Ordinal));
    }

    [Fact]
    public void Fill_leaves_unknown_placeholders_as_written_and_passes_the_rest_through_the_literal_function()
    {
        var text = ThemeLanguage.Fill("<b>{a}</b> {b}", n => n == "a" ? "<i>x</i>" : null, s => s.Replace("<", "&lt;", StringComparison.Ordinal));

        Assert.Equal("&lt;b><i>x</i>&lt;/b> {b}", text);
    }

    [Fact]
    public void Fill_reads_placeholders_exactly_as_the_placeholder_rule_does_on_any_text()
    {
        // The hand-written scanner against the rule written as a regex, over texts made of the characters that matter.
        var rule = new System.Text.RegularExpressions.Regex(@"\{([a-z0-9_]+)\}");
        string Reference(string template, Func<string, string?> value, Func<string, string> literal)
        {
            var result = new System.Text.StringBuilder();
            var at = 0;
            foreach (System.Text.RegularExpressions.Match match in rule.Matches(template))
            {
                result.Append(literal(template[at..match.Index])).Append(value(match.Groups[1].Value) ?? literal(match.Value));
                at = match.Index + match.Length;
            }

            return result.Append(literal(template[at..])).ToString();
        }

        const string alphabet = "{}{}a_z09Z -<é";
        var random = new Random(15);
        string? Value(string name) => name.Length % 2 == 1 ? $"[{name}]" : null;
        string Literal(string text) => text.Replace("<", "&lt;", StringComparison.Ordinal);
        for (var i = 0; i < 20_000; i++)
        {
            var template = new string([.. Enumerable.Range(0, random.Next(0, 16)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            Assert.Equal(Reference(template, Value, Literal), ThemeLanguage.Fill(template, Value, Literal));
        }
    }

    public void Dispose() => _theme.Dispose();

    private void Write(string language, string yaml) => File.WriteAllText(ThemeLanguage.FileOf(_theme.Path, language), yaml);

    private (ThemeLanguage? Language, IReadOnlyList<Diagnostic> Diagnostics) Load(string language)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = ThemeLanguage.Load(_theme.Path, language, Setting, diagnostics);
        return (loaded, diagnostics.ToSortedList());
    }
}
