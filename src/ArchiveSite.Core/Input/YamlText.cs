using System.Globalization;
using ArchiveSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Input;

/// <summary>The one place YAML is parsed, for front matter and data files alike: every problem, whatever YamlDotNet
/// throws included, becomes a diagnostic at the parser's position, never an exception.</summary>
internal static class YamlText
{
    /// <summary>Parses <paramref name="yaml"/>; false (all reported) when it cannot be read.</summary>
    /// <param name="root">The first document's root node, or null for a file without one (empty, or comments only).</param>
    public static bool TryParse(string yaml, YamlPositions positions, DiagnosticBag diagnostics, out YamlNode? root)
    {
        root = null;
        using var reader = new StringReader(yaml);
        var scanner = new Scanner(reader);
        var parser = new CheckingParser(new Parser(scanner), positions, diagnostics);
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            return true;
        }
        catch (YamlStopException stop)
        {
            diagnostics.Add(stop.Diagnostic);
        }
        catch (YamlException e)
        {
            diagnostics.Add(DiagnosticCodes.YamlSyntax, positions.At(e.Start), Explain(Describe(e), e.Start, parser, positions));
        }
#pragma warning disable CA1031 // YamlDotNet's scanner also throws InvalidOperationException and others on broken input (an unclosed '['); any of them is a syntax error in the file, not a crash.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            var at = scanner.CurrentPosition;
            diagnostics.Add(DiagnosticCodes.YamlSyntax, positions.At(at), Explain(DiagnosticCodes.YamlUnreadable, at, parser, positions));
        }

        return false;
    }

    /// <summary>Parses a data file (site.yml, tags.yml, entities.yml): a map, empty when the file holds none; null (reported) otherwise.</summary>
    public static YamlMappingNode? ParseDataFile(string path, string text, DiagnosticBag diagnostics)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var positions = new YamlPositions(path, 0);
        if (!TryParse(text, positions, diagnostics, out var root))
        {
            return null;
        }

        switch (root)
        {
            case null:
                return new YamlMappingNode();
            case YamlMappingNode map:
                return map;
            default:
                var found = root is YamlSequenceNode ? DiagnosticCodes.AList : DiagnosticCodes.ASingleValue;
                diagnostics.Add(DiagnosticCodes.DataFileNotAMap, positions.At(root.Start), Path.GetFileName(path), found);
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

    // An error on a later line than an open '[' or '{' is nearly always that bracket left unclosed: say where it is.
    private static string Explain(string detail, Mark at, CheckingParser parser, YamlPositions positions) =>
        parser.OpenFlow is { } flow && at.Line > flow.Start.Line
            ? string.Format(CultureInfo.InvariantCulture, DiagnosticCodes.YamlUnclosedFlow, detail.TrimEnd('.'), flow.Bracket, positions.At(flow.Start).Line)
            : detail;
}
