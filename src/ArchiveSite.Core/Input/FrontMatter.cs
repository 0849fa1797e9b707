using ArchiveSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Input;

/// <summary>A Markdown file split into its YAML front matter (parsed, with positions) and its body.</summary>
/// <param name="BodyLine">The 1-based line of the file where the body starts.</param>
public sealed record FrontMatter(string Path, YamlMappingNode Map, string Body, int BodyLine)
{
    private const string Fence = "---";

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
        var map = ParseYaml(path, text[yamlStart..position], diagnostics);
        return map is null ? null : new FrontMatter(path, map, text[bodyStart..], line + 1);
    }

    /// <summary>Parses a whole YAML file (site.yml, tags.yml) whose root must be a map.</summary>
    public static YamlMappingNode? ParseYamlFile(string path, string text, DiagnosticBag diagnostics) =>
        ParseYaml(path, text, diagnostics, lineOffset: 0);

    /// <summary>The location of a node in the file, given that front matter starts on line 2.</summary>
    public SourceLocation At(YamlNode node) => Locate(Path, node, lineOffset: 1);

    public static SourceLocation Locate(string path, YamlNode node, int lineOffset) =>
        new(path, (int)node.Start.Line + lineOffset, (int)node.Start.Column);

    private static YamlMappingNode? ParseYaml(string path, string yaml, DiagnosticBag diagnostics, int lineOffset = 1)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0)
            {
                return new YamlMappingNode();
            }

            if (stream.Documents[0].RootNode is YamlMappingNode map)
            {
                return map;
            }

            diagnostics.Add(DiagnosticCodes.NotAMapping, Locate(path, stream.Documents[0].RootNode, lineOffset));
            return null;
        }
        catch (YamlException e)
        {
            var location = new SourceLocation(path, (int)e.Start.Line + lineOffset, Math.Max(1, (int)e.Start.Column));
            diagnostics.Add(DiagnosticCodes.YamlSyntax, location, Describe(e));
            return null;
        }
    }

    // YamlDotNet prefixes its messages with the position, which our format already prints.
    private static string Describe(YamlException e)
    {
        var message = (e.InnerException ?? e).Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
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
