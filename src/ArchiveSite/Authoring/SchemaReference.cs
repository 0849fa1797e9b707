using System.Text;
using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using ArchiveSite.Model;

namespace ArchiveSite.Authoring;

/// <summary>Renders the contributor reference (front-matter keys, themes, diagnostic codes) as Markdown from the same declarations the reader and checks use.</summary>
/// <remarks>CONTRIBUTING.md carries these between generated-section markers; a test fails when the two drift apart.</remarks>
public static class SchemaReference
{
    public const string FrontMatterSection = "front-matter";
    public const string ThemesSection = "themes";
    public const string StoriesSection = "stories";
    public const string DiagnosticsSection = "diagnostics";
    public const string EditorialSection = "editorial";
    public const string LimitsSection = "limits";

    /// <summary>Every generated section, in the order CONTRIBUTING.md has them.</summary>
    public static IReadOnlyList<string> SectionNames { get; } = [FrontMatterSection, ThemesSection, StoriesSection, EditorialSection, LimitsSection, DiagnosticsSection];

    /// <summary>Each hard limit of <see cref="InputLimits"/> with what it bounds, for the limits table (a test keeps the two in step).</summary>
    public static IReadOnlyList<(string Name, int Value, string What)> Limits { get; } =
    [
        (nameof(InputLimits.FileBytes), InputLimits.FileBytes, "bytes in one input file"),
        (nameof(InputLimits.LineLength), InputLimits.LineLength, "characters on one line"),
        (nameof(InputLimits.YamlAliases), InputLimits.YamlAliases, "YAML aliases (`*name`) in one file's front matter or data file"),
        (nameof(InputLimits.YamlExpandedNodes), InputLimits.YamlExpandedNodes, "YAML values (keys, values, lists and maps) once every alias is expanded"),
        (nameof(InputLimits.YamlDepth), InputLimits.YamlDepth, "maps and lists nested inside each other in YAML"),
        (nameof(InputLimits.MarkdownDepth), InputLimits.MarkdownDepth, "quotes and lists nested inside each other in a Markdown body"),
        (nameof(InputLimits.Themes), InputLimits.Themes, "themes on one digest (`tags`); the editorial rules may ask for fewer"),
        (nameof(InputLimits.Organisations), InputLimits.Organisations, "organisations on one digest (`entities`)"),
        (nameof(InputLimits.Sources), InputLimits.Sources, "sources on one digest; the editorial rules may ask for fewer"),
        (nameof(InputLimits.Corrections), InputLimits.Corrections, "public corrections on one digest"),
    ];

    /// <summary>The digest keys, then the keys of one source, then those of <c>external_ids</c>, as three tables.</summary>
    public static string FrontMatter()
    {
        var md = new StringBuilder();
        AppendFields(md, DigestSchema.Fields);
        md.Append('\n').Append("Each entry under `sources` has these keys:\n\n");
        AppendFields(md, DigestSchema.SourceFields);
        md.Append('\n').Append("Each entry under `corrections` has these keys:\n\n");
        AppendFields(md, DigestSchema.CorrectionFields);
        md.Append('\n').Append("`external_ids` may hold these keys, one per database:\n\n");
        AppendFields(md, DigestSchema.ExternalIdFields);
        return md.ToString();
    }

    /// <summary>Every theme key a digest may use in <c>tags</c>, from input/tags.yml, in the file's order.</summary>
    public static string Themes(IReadOnlyList<Tag> tags)
    {
        var md = new StringBuilder("| key | theme | what it covers |\n|---|---|---|\n");
        foreach (var tag in tags)
        {
            md.Append($"| `{tag.Key}` | {Cell(tag.Title)} | {Cell(tag.Description)} |\n");
        }

        return md.ToString();
    }

    /// <summary>Every story key a digest may name in <c>story</c>, from input/stories.yml, in the file's order.</summary>
    public static string Stories(IReadOnlyList<Story> stories)
    {
        if (stories.Count == 0)
        {
            return "This archive has no story lines yet.\n";
        }

        var md = new StringBuilder("| key | story line | what it follows |\n|---|---|---|\n");
        foreach (var story in stories)
        {
            md.Append($"| `{story.Key}` | {Cell(story.Title)} | {Cell(story.Description)} |\n");
        }

        return md.ToString();
    }

    /// <summary>The archive's editorial rules from input/site.yml, each beside the default that applies without one.</summary>
    public static string Editorial(EditorialPolicy policy)
    {
        var md = new StringBuilder("| rule | `editorial:` key in input/site.yml | this archive | default |\n|---|---|---|---|\n");
        Row(md, "themes per digest", EditorialPolicyReader.Themes, policy.Themes, EditorialPolicy.Default.Themes);
        Row(md, "sources per digest", EditorialPolicyReader.Sources, policy.Sources, EditorialPolicy.Default.Sources);
        Row(md, "words in the body", EditorialPolicyReader.BodyWords, policy.BodyWords, EditorialPolicy.Default.BodyWords);
        return md.ToString();

        static void Row(StringBuilder md, string rule, FieldSpec key, CountRange? value, CountRange? fallback) =>
            md.Append($"| {rule} | `{key.Key}` | {Range(value)} | {Range(fallback)} |\n");

        static string Range(CountRange? range) => range is { } r ? EditorialPolicyReader.Describe(r) : "no rule";
    }

    /// <summary>The hard limits every archive shares; past one, check reports an error at the place it was passed.</summary>
    public static string LimitsTable()
    {
        var md = new StringBuilder("| limit | at most |\n|---|---|\n");
        foreach (var (_, value, what) in Limits)
        {
            md.Append($"| {Cell(what)} | {value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} |\n");
        }

        return md.ToString();
    }

    /// <summary>Every diagnostic code with its severity and message text; {0}, {1} stand for the details filled in.</summary>
    public static string Diagnostics()
    {
        var md = new StringBuilder("| code | severity | message |\n|---|---|---|\n");
        foreach (var code in DiagnosticCodes.All.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            md.Append($"| {code.Id} | {(code.Severity == Severity.Error ? "error" : "warning")} | `{Cell(code.Template)}` |\n");
        }

        return md.ToString();
    }

    private static void AppendFields(StringBuilder md, IReadOnlyList<FieldSpec> fields)
    {
        md.Append("| key | required | value | what belongs there |\n|---|---|---|---|\n");
        foreach (var field in fields)
        {
            md.Append($"| `{field.Key}` | {(field.Required ? "required" : "optional")} | {Cell(field.Kind)} | {Cell(field.Doc)} |\n");
        }
    }

    // A '|' would end the table cell; a line break would end the row.
    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
