using ArchiveSite.Input;
using HtmlAgilityPack;

namespace ArchiveSite.Rendering;

/// <summary>Post-processes body HTML: drops any URL whose scheme could run script and marks links that leave the site.</summary>
/// <remarks>Markdown links were already checked with a located error; this is the second lock on the same door.</remarks>
public static class SafeHtml
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "poster", "cite"];

    public static string Clean(string html, string siteOrigin)
    {
        if (html.IndexOf("href", StringComparison.Ordinal) < 0 && html.IndexOf("src", StringComparison.Ordinal) < 0)
        {
            return html; // Nothing to rewrite: skip the parse.
        }

        var document = new HtmlDocument();
        document.LoadHtml(html);
        foreach (var node in document.DocumentNode.Descendants().Where(n => n.NodeType == HtmlNodeType.Element))
        {
            foreach (var attribute in UrlAttributes)
            {
                var value = node.GetAttributeValue(attribute, null);
                if (value is not null && !SafeUrl.IsSafeLink(HtmlEntity.DeEntitize(value)))
                {
                    node.Attributes.Remove(attribute);
                }
            }

            if (node.Name == "a" && node.GetAttributeValue("href", null) is { } href && IsExternal(href, siteOrigin))
            {
                node.SetAttributeValue("rel", "external noopener noreferrer");
            }
        }

        return document.DocumentNode.OuterHtml;
    }

    private static bool IsExternal(string href, string siteOrigin) =>
        (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        && !href.StartsWith(siteOrigin + "/", StringComparison.OrdinalIgnoreCase);
}
