using System.Text;

namespace ArchiveSite.Input;

/// <summary>Which characters published text may hold: YAML's printable set (tab, line breaks and everything visible),
/// which is also what XML feeds and HTML accept. ESC, NUL, U+0001, U+FFFE, U+FFFF and lone surrogates are not.</summary>
internal static class ControlCharacters
{
    /// <summary>The index of the first character in <paramref name="text"/> that cannot be published, or -1.</summary>
    public static int IndexOfFirst(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++; // A pair outside the BMP (emoji, rare CJK) is printable.
                continue;
            }

            if (!IsPrintable(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The character at <paramref name="index"/> as U+ hex digits, for messages ("001B").</summary>
    public static string Code(string text, int index) => ((int)text[index]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><paramref name="text"/> with every character that cannot be published replaced by U+FFFD, so messages that quote it stay printable.</summary>
    public static string Replace(string text)
    {
        if (IndexOfFirst(text) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            // EnumerateRunes already turns lone surrogates into U+FFFD.
            builder.Append(rune.IsBmp && !IsPrintable((char)rune.Value) ? Rune.ReplacementChar.ToString() : rune.ToString());
        }

        return builder.ToString();
    }

    // YAML 1.2, section 5.1: x9, xA, xD, x20-x7E, x85, xA0-xD7FF, xE000-xFFFD (and pairs for x10000-x10FFFF).
    private static bool IsPrintable(char c) =>
        c is '\t' or '\n' or '\r' or (>= ' ' and <= '~') or '\u0085' or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
