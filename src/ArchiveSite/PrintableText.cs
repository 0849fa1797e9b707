using System.Text;

namespace ArchiveSite.Cli;

/// <summary>Makes text that came from the input (file names, messages quoting it) safe to print: it stays on its line,
/// and neither a terminal nor the GitHub Actions runner acts on it. Every printer of the tool goes through here.</summary>
/// <remarks>
/// A file name may hold any character but '/' and NUL, so a path can carry a newline, an escape sequence or the text
/// of a workflow command. Such characters are shown as visible escapes (<c>\n</c>, <c>\x1b</c>, <c>\u2028</c>); a
/// backslash itself is left as it is, so the escapes are for reading, not for turning back into the name.
/// </remarks>
public static class PrintableText
{
    /// <summary>The text with every character that could break the line, move the cursor or hide text shown as an escape.</summary>
    public static string Escape(string text) => Escape(text, keepLineBreaks: false);

    /// <summary>One log line: escaped, and unable to be read as a GitHub workflow command.</summary>
    /// <remarks>
    /// The runner treats a line as a command when it starts with <c>::</c> after leading white space, or when it holds
    /// the legacy <c>##[</c> form anywhere (actions/runner, ActionCommand.TryParseV2 and TryParse); either is broken by
    /// escaping one character.
    /// </remarks>
    public static string Line(string text)
    {
        var line = WithoutLegacyCommands(Escape(text));
        var start = 0;
        while (start < line.Length && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        return line.AsSpan(start).StartsWith("::", StringComparison.Ordinal)
            ? string.Concat(line.AsSpan(0, start), @"\x3a", line.AsSpan(start + 1))
            : line;
    }

    /// <summary>The message of a workflow command, encoded as @actions/core does (%, CR, LF); GitHub decodes it back.</summary>
    public static string AnnotationData(string text) =>
        WithoutLegacyCommands(PercentEncode(Escape(text, keepLineBreaks: true), properties: false));

    /// <summary>A property of a workflow command (file=, title=), also encoding the ':' and ',' that would end it.</summary>
    public static string AnnotationProperty(string text) =>
        WithoutLegacyCommands(PercentEncode(Escape(text, keepLineBreaks: true), properties: true));

    /// <summary>True for the characters <see cref="Escape(string)"/> replaces.</summary>
    public static bool NeedsEscape(char c) => c switch
    {
        // C0 and C1 controls and DEL (tab, newline and ESC among them).
        _ when char.IsControl(c) => true,

        // Line and paragraph separators, which some terminals and viewers break lines at.
        '\u2028' or '\u2029' => true,

        // Bidirectional controls, which can show a name in another order than it is stored ("Trojan Source").
        '\u061c' or '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069') => true,

        // The byte-order mark and noncharacters: invisible, or not text at all.
        '\ufeff' or '\ufffe' or '\uffff' or (>= '\ufdd0' and <= '\ufdef') => true,
        _ => false,
    };

    private static string Escape(string text, bool keepLineBreaks)
    {
        if (!text.Any(c => NeedsEscape(c) || char.IsSurrogate(c)))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]); // A well-formed pair is an ordinary character.
            }
            else if (keepLineBreaks && c is '\r' or '\n')
            {
                escaped.Append(c);
            }
            else if (NeedsEscape(c) || char.IsSurrogate(c))
            {
                escaped.Append(Visible(c));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static string Visible(char c) => c switch
    {
        '\n' => @"\n",
        '\r' => @"\r",
        '\t' => @"\t",
        < '\u0080' => $@"\x{(int)c:x2}",
        _ => $@"\u{(int)c:x4}",
    };

    private static string WithoutLegacyCommands(string text) =>
        text.Contains("##[", StringComparison.Ordinal) ? text.Replace("##[", @"##\x5b", StringComparison.Ordinal) : text;

    // The runner decodes exactly these sequences (actions/runner, ActionCommand's escape mappings); '%' goes first.
    private static string PercentEncode(string text, bool properties)
    {
        var encoded = new StringBuilder(text).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        return properties ? encoded.Replace(":", "%3A").Replace(",", "%2C").ToString() : encoded.ToString();
    }
}
