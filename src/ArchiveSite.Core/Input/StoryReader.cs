using ArchiveSite.Diagnostics;
using ArchiveSite.Model;

namespace ArchiveSite.Input;

/// <summary>Reads the story lines in input/stories.yml (optional): key → title, description, aliases.</summary>
public static class StoryReader
{
    public static IReadOnlyList<FieldSpec> Fields => TaxonomyReader.Fields;

    /// <summary>The story lines, in the file's order; an empty file is allowed (an archive may have none yet).</summary>
    public static IReadOnlyList<Story> Read(string text, string displayPath, DiagnosticBag diagnostics) =>
        [.. (TaxonomyReader.Read(text, displayPath, diagnostics, DiagnosticCodes.InvalidStoryKey) ?? [])
            .Select(e => new Story(e.Key, e.Title, e.Description, e.Aliases) { Location = e.Location })];
}
