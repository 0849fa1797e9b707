using ArchiveSite.Diagnostics;
using ArchiveSite.Model;

namespace ArchiveSite.Input;

/// <summary>Reads the theme taxonomy in input/tags.yml: key → title, description, aliases.</summary>
public static class TagReader
{
    public static IReadOnlyList<FieldSpec> Fields => TaxonomyReader.Fields;

    /// <summary>The themes, in the file's order; empty when the file is unusable (reported once, on the file itself).</summary>
    public static IReadOnlyList<Tag> Read(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var entries = TaxonomyReader.Read(text, displayPath, diagnostics, DiagnosticCodes.InvalidThemeKey);
        if (entries is { Count: 0 })
        {
            diagnostics.Add(DiagnosticCodes.NoThemes, SourceLocation.StartOf(displayPath));
        }

        return [.. (entries ?? []).Select(e => new Tag(e.Key, e.Title, e.Description, e.Aliases))];
    }
}
