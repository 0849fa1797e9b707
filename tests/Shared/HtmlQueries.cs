using HtmlAgilityPack;

namespace ArchiveSite.Tests;

/// <summary>XPath queries that fail with the query in the message instead of returning null.</summary>
public static class HtmlQueries
{
    public static HtmlNode One(this HtmlNode node, string xpath) =>
        node.SelectSingleNode(xpath) ?? throw new Xunit.Sdk.XunitException($"no element matches {xpath}");

    public static HtmlNode One(this HtmlDocument document, string xpath) => document.DocumentNode.One(xpath);

    public static IReadOnlyList<HtmlNode> All(this HtmlNode node, string xpath) =>
        node.SelectNodes(xpath) is { } nodes ? [.. nodes] : [];

    public static IReadOnlyList<HtmlNode> All(this HtmlDocument document, string xpath) => document.DocumentNode.All(xpath);

    public static bool Has(this HtmlNode node, string xpath) => node.SelectSingleNode(xpath) is not null;

    public static string Attr(this HtmlNode node, string name) => node.GetAttributeValue(name, "");

    public static string Text(this HtmlNode node) => HtmlEntity.DeEntitize(node.InnerText);
}
