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
    public const string DiagnosticsSection = "diagnostics";

    /// <summary>The digest keys, then the keys of one source, as two tables.</summary>
    public static string FrontMatter()
    {
        var md = new StringBuilder();
        AppendFields(md, DigestSchema.Fields);
        md.Append('\n').Append("Each entry under `sources` has these keys:\n\n");
        AppendFields(md, DigestSchema.SourceFields);
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
