using ArchiveSite.Diagnostics;
using ArchiveSite.Model;

namespace ArchiveSite.Input;

/// <summary>Reads a plain page from input/pages: a title (and optional description) over a Markdown body.</summary>
internal static class PageReader
{
    private static readonly FieldSpec Title = new("title", true, "text", "the page's heading");
    private static readonly FieldSpec Description = new("description", false, "text", "one sentence for search engines and link previews");

    public static IReadOnlyList<FieldSpec> Fields { get; } = [Title, Description];

    public static Page? Read(string text, string relativePath, string displayPath, DiagnosticBag diagnostics)
    {
        var file = FrontMatter.Parse(displayPath, text, diagnostics);
        if (file is null)
        {
            return null;
        }

        var fields = new YamlFields(file.Positions, file.Map, diagnostics, new MapSchema(Fields));
        var title = fields.Text(Title);
        var description = fields.Text(Description);
        BodyText.CheckPrintable(file, diagnostics);
        var body = MarkdownBody.Render(file.Body, displayPath, file.BodyLine, diagnostics);
        var slug = Path.GetFileNameWithoutExtension(relativePath);
        return title is null ? null : new Page(slug, title, description, body, relativePath, new FieldLocations(displayPath, fields.Locations));
    }
}
