using System.Text.Json;
using System.Xml.Linq;
using HtmlAgilityPack;

namespace ArchiveSite.Tests.Robustness;

/// <summary>What a built site must never contain, whatever its input said: script other than the theme's own, event
/// handler attributes, script URLs, frames; and every feed, sitemap and data file must still parse.</summary>
public static class SiteOutputSafety
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "srcset", "poster", "data", "xlink:href", "background"];
    private static readonly string[] ForbiddenElements = ["iframe", "frame", "object", "embed", "base", "applet"];

    /// <summary>Every problem found in the folder, as "file: what" lines; empty when the site is safe.</summary>
    public static List<string> Problems(string site)
    {
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(site, file);
            try
            {
                switch (Path.GetExtension(file))
                {
                    case ".html":
                        problems.AddRange(HtmlProblems(File.ReadAllText(file)).Select(p => $"{name}: {p}"));
                        break;
                    case ".xml":
                        XDocument.Load(file);
                        break;
                    case ".json":
                        using (JsonDocument.Parse(File.ReadAllText(file)))
                        {
                        }

                        break;
                }
            }
            catch (Exception e) when (e is System.Xml.XmlException or JsonException)
            {
                problems.Add($"{name}: does not parse: {e.Message}");
            }
        }

        return problems;
    }

    private static IEnumerable<string> HtmlProblems(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        foreach (var element in document.DocumentNode.Descendants().Where(n => n.NodeType == HtmlNodeType.Element))
        {
            if (element.Name == "script" && !IsThemeScript(element))
            {
                yield return "script that is not the theme's: " + Shorten(element.OuterHtml);
            }

            if (ForbiddenElements.Contains(element.Name) || (element.Name == "meta" && element.GetAttributeValue("http-equiv", "").Equals("refresh", StringComparison.OrdinalIgnoreCase)))
            {
                yield return "forbidden element: " + Shorten(element.OuterHtml);
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"event handler attribute {attribute.Name} on <{element.Name}>";
                }
                else if (UrlAttributes.Contains(attribute.Name) && IsScriptUrl(attribute.DeEntitizeValue ?? ""))
                {
                    yield return $"script URL in {attribute.Name} of <{element.Name}>: {Shorten(attribute.Value ?? "")}";
                }
            }
        }
    }

    // The theme ships two: structured data (JSON, never run) and its search module from the fingerprinted assets.
    private static bool IsThemeScript(HtmlNode script)
    {
        var type = script.GetAttributeValue("type", "");
        if (type == "application/ld+json")
        {
            try
            {
                using var json = JsonDocument.Parse(HtmlEntity.DeEntitize(script.InnerText));
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        return type == "module" && script.InnerHtml.Length == 0 && script.GetAttributeValue("src", "").Contains("/assets/search.", StringComparison.Ordinal);
    }

    // Browsers drop whitespace and control characters inside a scheme, and ignore its case.
    private static bool IsScriptUrl(string url)
    {
        var scheme = new string([.. url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]).ToLowerInvariant();
        return scheme.StartsWith("javascript:", StringComparison.Ordinal) || scheme.StartsWith("vbscript:", StringComparison.Ordinal)
            || (scheme.StartsWith("data:", StringComparison.Ordinal) && !scheme.StartsWith("data:image/", StringComparison.Ordinal));
    }

    private static string Shorten(string text) => PrintedText.Escape(text.Length > 160 ? text[..160] + "…" : text);
}
