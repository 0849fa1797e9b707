using System.Globalization;

namespace ArchiveSite.Input;

/// <summary>Which file names can be printed in a diagnostic line, a log or a CI annotation without changing its meaning.</summary>
internal static class FileNames
{
    /// <summary>A description of the first character that cannot be printed safely ("U+000A (a control character)"), or null.</summary>
    /// <remarks>Control characters split or rewrite lines; format characters (bidi overrides, zero-width) make a name read as
    /// another; line and paragraph separators break lines in some viewers; a lone surrogate is not text at all.</remarks>
    public static string? Unprintable(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                i++;
                continue;
            }

            var why = char.IsSurrogate(c) ? "a lone surrogate"
                : CharUnicodeInfo.GetUnicodeCategory(c) switch
                {
                    UnicodeCategory.Control => "a control character",
                    UnicodeCategory.Format => "an invisible formatting character",
                    UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => "a line separator",
                    _ => null,
                };
            if (why is not null)
            {
                return $"U+{(int)c:X4} ({why})";
            }
        }

        return null;
    }
}
