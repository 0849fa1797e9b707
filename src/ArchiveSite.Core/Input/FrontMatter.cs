using ArchiveSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Input;

/// <summary>A Markdown file split into its YAML front matter (parsed, with positions) and its body.</summary>
/// <param name="BodyLine">The 1-based line of the file where the body starts.</param>
internal sealed record FrontMatter(string Path, YamlMappingNode Map, string Body, int BodyLine)
{
    private const string Fence = "---";

    /// <summary>How the YAML's positions map to the file: it starts on the line after the opening fence.</summary>
    public YamlPositions Positions => new(Path, 1);

    /// <summary>Splits and parses <paramref name="text"/>; reports problems and returns null when there is no usable map.</summary>
    public static FrontMatter? Parse(string path, string text, DiagnosticBag diagnostics)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (!IsFence(text, 0, out var yamlStart))
        {
            diagnostics.Add(DiagnosticCodes.MissingFrontMatter, SourceLocation.StartOf(path));
            return null;
        }

        // Find the closing fence: a line that is exactly '---'.
        var line = 2;
        var position = yamlStart;
        while (position < text.Length && !IsFence(text, position, out _))
        {
            var next = text.IndexOf('\n', position);
            position = next < 0 ? text.Length : next + 1;
            line++;
        }

        if (position >= text.Length)
        {
            diagnostics.Add(DiagnosticCodes.UnclosedFrontMatter, SourceLocation.StartOf(path));
            return null;
        }

        IsFence(text, position, out var bodyStart);
        var positions = new YamlPositions(path, LineOffset: 1);
        if (!YamlText.TryParse(text[yamlStart..position], positions, diagnostics, out var root))
        {
            return null;
        }

        if (root is not null and not YamlMappingNode)
        {
            diagnostics.Add(DiagnosticCodes.NotAMapping, positions.At(root.Start));
            return null;
        }

        return new FrontMatter(path, root as YamlMappingNode ?? new YamlMappingNode(), text[bodyStart..], line + 1);
    }

    private static bool IsFence(string text, int start, out int nextLine)
    {
        nextLine = start;
        if (string.CompareOrdinal(text, start, Fence, 0, Fence.Length) != 0)
        {
            return false;
        }

        var end = start + Fence.Length;
        while (end < text.Length && (text[end] == ' ' || text[end] == '\t' || text[end] == '\r'))
        {
            end++;
        }

        if (end < text.Length && text[end] != '\n')
        {
            return false;
        }

        nextLine = Math.Min(text.Length, end + 1);
        return true;
    }
}
