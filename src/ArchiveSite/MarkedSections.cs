using System.Text.RegularExpressions;

namespace ArchiveSite.Cli;

/// <summary>Reads and replaces generated sections of a Markdown document, kept between <c>&lt;!-- generated:name --&gt;</c> and <c>&lt;!-- /generated:name --&gt;</c> lines.</summary>
public static partial class MarkedSections
{
    /// <summary>The text between the markers of <paramref name="name"/>, or null when the document lacks them.</summary>
    public static string? Extract(string document, string name) =>
        Find(document, name) is { } span ? document[span.Start..span.End] : null;

    /// <summary>The document with the section's text replaced, or null when the document lacks its markers.</summary>
    public static string? Replace(string document, string name, string text) =>
        Find(document, name) is { } span ? string.Concat(document.AsSpan(0, span.Start), text, document.AsSpan(span.End)) : null;

    /// <summary>The opening marker as it should be written; anything after the name (a note to editors) is allowed.</summary>
    public static string Begin(string name) => $"<!-- generated:{name} -->";

    public static string End(string name) => $"<!-- /generated:{name} -->";

    // The section starts after the opening marker's line and ends at the start of the closing marker's line.
    private static (int Start, int End)? Find(string document, string name)
    {
        var begin = Regex.Match(document, $@"^<!-- generated:{Regex.Escape(name)}(?:\s[^\n]*)?-->[ \t]*\r?\n", RegexOptions.Multiline);
        if (!begin.Success)
        {
            return null;
        }

        var start = begin.Index + begin.Length;
        var end = Regex.Match(document[start..], $@"^<!-- /generated:{Regex.Escape(name)} -->", RegexOptions.Multiline);
        return end.Success ? (start, start + end.Index) : null;
    }
}
