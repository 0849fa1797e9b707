using System.Text.RegularExpressions;

namespace ArchiveSite.Common;

/// <summary>A language as <c>lang</c> attributes, feeds and Pagefind take it: a BCP 47 tag of the common shape, a
/// language then optionally a script and a region (<c>fr</c>, <c>pt-BR</c>, <c>zh-Hant-TW</c>, <c>es-419</c>).</summary>
/// <remarks>Variants, extensions and private use are refused: nothing this tool feeds a language to uses them, and a typo
/// such as <c>fr_FR</c> or <c>French</c> is far more likely than a real need.</remarks>
public static partial class LanguageTag
{
    /// <summary>What a valid value looks like, for messages.</summary>
    public const string Shape = "a language tag such as en, fr or pt-BR (a two- or three-letter language, then optionally a four-letter script and a region)";

    /// <summary>The tag in its usual casing (language lower, script title, region upper), or null when it is not one.</summary>
    public static string? Normalize(string value)
    {
        var match = Pattern().Match(value);
        if (!match.Success)
        {
            return null;
        }

        var tag = match.Groups["language"].Value.ToLowerInvariant();
        if (match.Groups["script"].Success)
        {
            var script = match.Groups["script"].Value;
            tag += "-" + char.ToUpperInvariant(script[0]) + script[1..].ToLowerInvariant();
        }

        if (match.Groups["region"].Success)
        {
            tag += "-" + match.Groups["region"].Value.ToUpperInvariant();
        }

        return tag;
    }

    /// <summary>The language alone: <c>pt</c> for <c>pt-BR</c>.</summary>
    public static string Primary(string tag) => tag.Split('-')[0];

    [GeneratedRegex(@"\A(?<language>[A-Za-z]{2,3})(?:-(?<script>[A-Za-z]{4}))?(?:-(?<region>[A-Za-z]{2}|[0-9]{3}))?\z")]
    private static partial Regex Pattern();
}
