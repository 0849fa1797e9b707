using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ArchiveSite.Tests.Robustness;

/// <summary>What the tool printed, made reviewable and checked for the shapes a log reader can trust.</summary>
/// <remarks>
/// Expected files must be plain, printable text a person can read in a diff, yet a hostile case is exactly one that
/// makes the tool print a NUL, an escape sequence or a bidi override. So every character that does not print as
/// itself is written as an escape (<c>\x1b</c>, <c>\u{202E}</c>), and <see cref="Unescape"/> reads the same notation
/// back for the case setup files.
/// </remarks>
public static partial class PrintedText
{
    /// <summary>One escaped line per printed line (split on '\n' only, so a stray '\r' stays visible as <c>\r</c>).</summary>
    public static IEnumerable<string> Lines(string printed) =>
        printed.Length == 0 ? [] : printed.TrimEnd('\n').Split('\n').Select(Escape);

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
            }
            else if (c == '\\')
            {
                escaped.Append(@"\\");
            }
            else if (c is '\r' or '\t')
            {
                escaped.Append(c == '\r' ? @"\r" : @"\t");
            }
            else if (c < 0x80 && (c < 0x20 || c == 0x7f))
            {
                escaped.Append(CultureInfo.InvariantCulture, $@"\x{(int)c:x2}");
            }
            else if (IsInvisible(c))
            {
                escaped.Append(CultureInfo.InvariantCulture, $@"\u{{{(int)c:X}}}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>Reads the notation <see cref="Escape"/> writes: <c>\\ \n \r \t \xHH \u{H…}</c>.</summary>
    public static string Unescape(string text) => EscapeSequence().Replace(text, m => m.Value[1] switch
    {
        '\\' => "\\",
        'n' => "\n",
        'r' => "\r",
        't' => "\t",
        'x' => ((char)int.Parse(m.Groups["hex"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString(),
        _ => char.ConvertFromUtf32(int.Parse(m.Groups["code"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)),
    });

    /// <summary>Characters that would move, hide or reorder what a terminal, a log viewer or GitHub shows.</summary>
    public static bool IsUnsafeInLog(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>True for a line in the one format every diagnostic has, or a GitHub workflow annotation built from one.</summary>
    public static bool IsDiagnosticLine(string line) => DiagnosticLine().IsMatch(line) || AnnotationLine().IsMatch(line);

    /// <summary>Signs that an exception reached the user instead of becoming a diagnostic.</summary>
    public static bool ShowsCrash(string printed) =>
        printed.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase)
        || printed.Contains("internal error", StringComparison.OrdinalIgnoreCase)
        || StackFrame().IsMatch(printed);

    private static bool IsInvisible(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;

    [GeneratedRegex(@"\\(?:[\\nrt]|x(?<hex>[0-9a-fA-F]{2})|u\{(?<code>[0-9a-fA-F]{1,6})\})")]
    private static partial Regex EscapeSequence();

    [GeneratedRegex(@"^[^\s:].*?:\d+:\d+: (?:error|warning) AS\d{4}: \S.*$")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@"^::(?:error|warning) file=[^:]*,line=\d+,col=\d+,title=AS\d{4}::\S.*$")]
    private static partial Regex AnnotationLine();

    [GeneratedRegex(@"^\s+at [\w.`<>$|\[\]]+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
