using System.Globalization;
using System.Text;
using ArchiveSite.Common;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Rendering;

/// <summary>The theme's words in the site's language: <c>i18n/{language}.yml</c> over <c>i18n/en.yml</c>, which fills in
/// any key the language lacks (with a warning per key), and dates written the language's way, from the file alone (never
/// from the machine's culture data, so a build is the same bytes everywhere).</summary>
/// <remarks>The one place language files are found and read: <see cref="FileOf"/> names the file for a language.</remarks>
internal sealed class ThemeLanguage
{
    public const string Folder = "i18n";
    public const string English = "en";

    /// <summary>The keys the build itself writes into pages and feeds (page titles, descriptions, citations, dates): the
    /// English file must have each, so no page can lack its words.</summary>
    public static readonly IReadOnlyList<string> BuildKeys =
    [
        "date.format", "date.format_first_of_month", "date.months", "date.month_headings", "plural.one",
        "title.tags", "title.entities", "title.archive", "title.stories", "title.corrections", "title.search", "title.not_found", "title.page_number",
        "description.tags", "description.entities", "description.entity", "description.archive", "description.stories", "description.corrections", "description.year",
        "citation.digest", "citation.archive", "citation.version", "citation.archive_changed",
        "feed.listing", "feed.corrections", "feed.correction_entry",
    ];

    private readonly IReadOnlyDictionary<string, LanguageValue> _values;
    private readonly HashSet<long> _one;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, string> _longDates = new();

    private ThemeLanguage(string code, string file, IReadOnlyDictionary<string, LanguageValue> values)
    {
        Code = code;
        File = file;
        _values = values;
        _one = [.. values["plural.one"].Items!.Select(i => long.Parse(i, CultureInfo.InvariantCulture))];
    }

    /// <summary>The site's language, as <c>lang</c> attributes carry it.</summary>
    public string Code { get; }

    /// <summary>The language file whose words are shown (display path).</summary>
    public string File { get; }

    /// <summary>The language file of <paramref name="language"/> in the theme folder at <paramref name="themeRoot"/> (where a site overrides it).</summary>
    public static string FileOf(string themeRoot, string language) => Path.Combine(themeRoot, Folder, language + ".yml");

    /// <summary>The name of <paramref name="language"/>'s file inside the theme ("i18n/fr.yml").</summary>
    public static string NameOf(string language) => $"{Folder}/{language}.yml";

    /// <summary><see cref="Load(ThemeFiles, string, SourceLocation, DiagnosticBag)"/> over the built-in theme overlaid by the theme folder at <paramref name="themeRoot"/>.</summary>
    public static ThemeLanguage? Load(string themeRoot, string language, SourceLocation setting, DiagnosticBag diagnostics) =>
        Load(ThemeFiles.Load(themeRoot, diagnostics), language, setting, diagnostics);

    /// <summary>Reads the language of <paramref name="language"/> (<c>pt-BR.yml</c>, else <c>pt.yml</c>) over English, each
    /// file as the effective theme has it (the site's override, else the built-in file); a language without a file is
    /// English with a warning at <paramref name="setting"/>. Null (reported) when a file is broken.</summary>
    public static ThemeLanguage? Load(ThemeFiles files, string language, SourceLocation setting, DiagnosticBag diagnostics)
    {
        if (files.Get(NameOf(English)) is not { } englishFile)
        {
            diagnostics.Add(DiagnosticCodes.MissingFile, SourceLocation.StartOf(NameOf(English)), "the theme's English language file");
            return null;
        }

        if (LanguageFile.Read(englishFile, diagnostics) is not { } english)
        {
            return null;
        }

        var englishPath = englishFile.Origin;
        var missing = BuildKeys.Where(k => !english.ContainsKey(k)).ToList();
        foreach (var key in missing)
        {
            diagnostics.Add(DiagnosticCodes.LanguageKeyRequired, SourceLocation.StartOf(englishPath), key);
        }

        if (missing.Count > 0)
        {
            return null;
        }

        var file = new[] { language, LanguageTag.Primary(language) }.Distinct(StringComparer.Ordinal).Select(l => files.Get(NameOf(l))).FirstOrDefault(f => f is not null);
        if (file is null || file.Name == englishFile.Name)
        {
            if (file is null && LanguageTag.Primary(language) != English)
            {
                diagnostics.Add(DiagnosticCodes.NoLanguageFile, setting, language, NameOf(language));
            }

            return new ThemeLanguage(language, englishPath, english);
        }

        if (LanguageFile.Read(file, diagnostics) is not { } chosen)
        {
            return null;
        }

        var path = file.Origin;
        return Merge(chosen, english, path, englishPath, diagnostics) is { } values ? new ThemeLanguage(language, path, values) : null;
    }

    /// <summary>The chosen language's values, each key it lacks taken from English (warned once per key).</summary>
    private static Dictionary<string, LanguageValue>? Merge(
        Dictionary<string, LanguageValue> chosen, Dictionary<string, LanguageValue> english, string path, string englishPath, DiagnosticBag diagnostics)
    {
        var valid = true;
        var values = new Dictionary<string, LanguageValue>(StringComparer.Ordinal);
        foreach (var (key, fallback) in english)
        {
            if (!chosen.TryGetValue(key, out var value))
            {
                diagnostics.Add(DiagnosticCodes.LanguageKeyMissing, SourceLocation.StartOf(path), key, englishPath);
                values[key] = fallback;
            }
            else if (value.Shape != fallback.Shape)
            {
                diagnostics.Add(DiagnosticCodes.LanguageValueInvalid, value.At, key, $"{fallback.Shape}, as in {englishPath}");
                valid = false;
            }
            else
            {
                foreach (var name in Texts(value).SelectMany(Placeholders).Except(Texts(fallback).SelectMany(Placeholders)).Distinct())
                {
                    diagnostics.Add(DiagnosticCodes.LanguagePlaceholderUnknown, value.At, key, name);
                }

                values[key] = value;
            }
        }

        foreach (var (key, value) in chosen.Where(c => !english.ContainsKey(c.Key)))
        {
            diagnostics.Add(DiagnosticCodes.LanguageKeyUnknown, value.At, key, englishPath);
        }

        return valid ? values : null;
    }

    /// <summary>The text of <paramref name="key"/>, its placeholders filled from <paramref name="args"/>.</summary>
    public string Text(string key, params (string Name, object Value)[] args) => Fill(Template(key, null), Lookup(args), s => s);

    /// <summary>The text of <paramref name="key"/> in the plural form for <paramref name="count"/>, with <c>{count}</c> filled in.</summary>
    public string Count(string key, long count, params (string Name, object Value)[] args) =>
        Fill(Template(key, count), Lookup([("count", count), .. args]), s => s);

    /// <summary>The unfilled text of <paramref name="key"/>: for a plural text, the form for <paramref name="count"/> (or
    /// <c>other</c> without one). An unknown key is a theme error.</summary>
    public string Template(string key, long? count)
    {
        if (!_values.TryGetValue(key, out var value) || value.Items is not null)
        {
            throw new InvalidOperationException($"the language file has no text '{key}'; add it to {Folder}/{English}.yml");
        }

        if (value.Forms is not { } forms)
        {
            return value.Text!;
        }

        var form = count switch
        {
            0 when forms.ContainsKey("zero") => "zero",
            { } n when _one.Contains(n) && forms.ContainsKey("one") => "one",
            _ => "other",
        };
        return forms[form];
    }

    /// <summary>One plural form of <paramref name="key"/> as written, placeholders unfilled (<c>other</c> when it has not that form).</summary>
    public string Form(string key, string form) =>
        _values.TryGetValue(key, out var value) && value.Forms is { } forms
            ? forms.GetValueOrDefault(form) ?? forms["other"]
            : Template(key, null);

    /// <summary>The items of the list <paramref name="key"/> (<c>plural.one</c>, <c>date.months</c>).</summary>
    public IReadOnlyList<string> List(string key) =>
        _values.TryGetValue(key, out var value) && value.Items is { } items
            ? items
            : throw new InvalidOperationException($"the language file has no list '{key}'; add it to {Folder}/{English}.yml");

    /// <summary>A day as the language writes it: "26 November 2024", "1er décembre 2024".</summary>
    /// <remarks>Kept per day once written: a page shows a dozen dates, and ten thousand digests share a few thousand days.</remarks>
    public string LongDate(DateOnly date) => _longDates.TryGetValue(date, out var known) ? known : _longDates.GetOrAdd(date, Fill(
        Template(date.Day == 1 ? "date.format_first_of_month" : "date.format", null),
        Lookup([("day", date.Day), ("month", _values["date.months"].Items![date.Month - 1]), ("year", date.Year)]),
        s => s));

    /// <summary>A month as a date names it ("November", "novembre"); <paramref name="month"/> from 1.</summary>
    public string MonthName(int month) => _values["date.months"].Items![month - 1];

    /// <summary>A month as a heading names it ("November", "Novembre"); <paramref name="month"/> from 1.</summary>
    public string MonthHeading(int month) => _values["date.month_headings"].Items![month - 1];

    /// <summary>Writes <paramref name="template"/> with each <c>{name}</c> replaced by <paramref name="value"/>'s answer (left
    /// as written when it has none), and the text between them passed through <paramref name="literal"/> (HTML-encoding, for Liquid).</summary>
    public static string Fill(string template, Func<string, string?> value, Func<string, string> literal)
    {
        // Scanned by hand, not matched with a regex: the `t` filter fills a text on every page several times, and a
        // regex's match objects were a tenth of what rendering allocated. The rule: `{`, [a-z0-9_]+, `}`.
        var open = NextOpen(template, 0);
        if (open < 0)
        {
            return literal(template);
        }

        var result = new StringBuilder(template.Length + 32);
        var at = 0;
        while (open >= 0)
        {
            var end = open + 1;
            while (end < template.Length && IsPlaceholderChar(template[end]))
            {
                end++;
            }

            if (end == open + 1 || end == template.Length || template[end] != '}')
            {
                open = NextOpen(template, open + 1);
                continue;
            }

            result.Append(literal(template[at..open]));
            result.Append(value(template[(open + 1)..end]) ?? literal(template[open..(end + 1)]));
            at = end + 1;
            open = NextOpen(template, at);
        }

        return result.Append(literal(template[at..])).ToString();
    }

    private static int NextOpen(string text, int from) => text.AsSpan(from).IndexOf('{') is var i and >= 0 ? from + i : -1;

    private static bool IsPlaceholderChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_';

    private static Func<string, string?> Lookup((string Name, object Value)[] args) =>
        name => args.FirstOrDefault(a => a.Name == name) is { Name: not null } found ? Convert.ToString(found.Value, CultureInfo.InvariantCulture) : null;

    private static IEnumerable<string> Texts(LanguageValue value) => value.Forms?.Values ?? (value.Text is { } text ? [text] : []);

    // The names a text's placeholders use, read by the same scanner that fills them.
    private static List<string> Placeholders(string text)
    {
        var names = new List<string>();
        Fill(text, name => { names.Add(name); return null; }, literal => literal);
        return names;
    }
}
