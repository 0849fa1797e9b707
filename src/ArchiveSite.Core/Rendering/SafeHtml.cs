using ArchiveSite.Common;
using HtmlAgilityPack;

namespace ArchiveSite.Rendering;

/// <summary>Post-processes body HTML: drops any URL whose scheme could run script and marks links that leave the site.</summary>
/// <remarks>
/// Markdown links were already checked with a located error; this is the second lock on the same door. The HTML is
/// parsed with HtmlAgilityPack, but only the attributes that change are rewritten, spliced into the original text at
/// the positions the parser reports: re-serialising every body through the parser's tree cost as much as parsing it.
/// </remarks>
public static class SafeHtml
{
    private const string ExternalRel = "rel=\"external noopener noreferrer\"";
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "poster", "cite"];

    public static string Clean(string html, string siteOrigin)
    {
        if (html.IndexOf("href", StringComparison.Ordinal) < 0 && html.IndexOf("src", StringComparison.Ordinal) < 0)
        {
            return html; // Nothing to rewrite: skip the parse.
        }

        var document = new HtmlDocument();
        document.LoadHtml(html);
        var edits = new List<Edit>();
        foreach (var node in document.DocumentNode.Descendants())
        {
            if (node.NodeType == HtmlNodeType.Element && node.HasAttributes)
            {
                Check(node, siteOrigin, edits);
            }
        }

        return edits.Count == 0 ? html : Apply(html, edits);
    }

    private static void Check(HtmlNode node, string siteOrigin, List<Edit> edits)
    {
        HtmlAttribute? href = null;
        HtmlAttribute? rel = null;
        var lastEnd = 0;
        foreach (var attribute in node.Attributes)
        {
            lastEnd = Math.Max(lastEnd, End(attribute));
            if (Array.IndexOf(UrlAttributes, attribute.Name) >= 0 && !SafeUrl.IsSafeLink(HtmlEntity.DeEntitize(attribute.Value) ?? ""))
            {
                edits.Add(new Edit(Start(attribute), End(attribute), ""));
            }
            else if (attribute.Name == "href")
            {
                href ??= attribute;
            }
            else if (attribute.Name == "rel")
            {
                rel ??= attribute;
            }
        }

        if (node.Name == "a" && href is not null && IsExternal(href.Value ?? "", siteOrigin))
        {
            edits.Add(rel is null
                ? new Edit(lastEnd, lastEnd, " " + ExternalRel)
                : new Edit(rel.StreamPosition, End(rel), ExternalRel));
        }
    }

    // An attribute spans from the whitespace before its name to the end of its value (and closing quote).
    private static int Start(HtmlAttribute attribute)
    {
        var start = attribute.StreamPosition;
        var html = attribute.OwnerDocument.Text;
        while (start > 0 && char.IsWhiteSpace(html[start - 1]))
        {
            start--;
        }

        return start;
    }

    private static int End(HtmlAttribute attribute) => attribute.QuoteType switch
    {
        AttributeValueQuote.DoubleQuote or AttributeValueQuote.SingleQuote => attribute.ValueStartIndex + attribute.ValueLength + 1,
        AttributeValueQuote.None when attribute.ValueLength > 0 => attribute.ValueStartIndex + attribute.ValueLength,
        _ => attribute.StreamPosition + (attribute.OriginalName ?? attribute.Name).Length,
    };

    private static string Apply(string html, List<Edit> edits)
    {
        edits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var result = new System.Text.StringBuilder(html.Length + (edits.Count * ExternalRel.Length));
        var at = 0;
        foreach (var edit in edits)
        {
            result.Append(html, at, edit.Start - at).Append(edit.Text);
            at = edit.End;
        }

        return result.Append(html, at, html.Length - at).ToString();
    }

    private static bool IsExternal(string href, string siteOrigin) =>
        (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        && !href.StartsWith(siteOrigin + "/", StringComparison.OrdinalIgnoreCase);

    /// <summary>Replace the text from Start up to End with Text.</summary>
    private readonly record struct Edit(int Start, int End, string Text);
}
