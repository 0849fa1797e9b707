using System.Globalization;
using System.Text;

namespace ArchiveSite.Common;

/// <summary>The one slug rule, for digests, themes, organisations and <c>new</c>: letters of any script (lowercased),
/// their combining marks, digits, and single hyphens for everything in between ("Stability AI" → "stability-ai",
/// "Яндекс" → "яндекс", "百度" → "百度").</summary>
public static class Slugs
{
    /// <summary>Bytes a slug made by <see cref="From"/> may take in UTF-8.</summary>
    /// <remarks>A slug is a folder name in the site; common file systems stop at 255 bytes, and `new` may add "-2" and ".md".</remarks>
    public const int MaxBytes = 200;

    /// <summary>The slug of a name, at most <see cref="MaxBytes"/> long; empty when the name has no letter or digit.</summary>
    public static string From(string name) => Build(name, MaxBytes);

    /// <summary>True when <paramref name="text"/> is already a slug: the rule leaves it unchanged.</summary>
    public static bool IsSlug(string text) => text.Length > 0 && Build(text, int.MaxValue) == text;

    private static string Build(string name, int maxBytes)
    {
        var builder = new StringBuilder(name.Length);
        var bytes = 0;
        var afterLetter = false;
        // No Unicode normalisation: the tool runs with invariant globalization, where .NET does not normalise, and a slug
        // must not depend on the host. "é" written as e + U+0301 keeps its combining mark; written as one character, it stays one.
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            Rune? kept = category switch
            {
                UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => Rune.ToLowerInvariant(rune),
                UnicodeCategory.DecimalDigitNumber => rune,
                // A mark belongs to the letter before it (Devanagari vowel signs, Thai tone marks); alone it is punctuation.
                UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark when afterLetter => rune,
                _ => null,
            };

            if (kept is { } letter)
            {
                if (bytes + letter.Utf8SequenceLength > maxBytes)
                {
                    break;
                }

                builder.Append(letter.ToString());
                bytes += letter.Utf8SequenceLength;
                afterLetter = category is not UnicodeCategory.DecimalDigitNumber;
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
                bytes++;
                afterLetter = false;
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
