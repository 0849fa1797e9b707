using System.Text.Json;
using System.Text.Json.Nodes;
using ArchiveSite.Model;
using ArchiveSite.Pages;

namespace ArchiveSite.Rendering;

/// <summary>schema.org JSON-LD for the home page (WebSite) and digests (NewsArticle citing its sources).</summary>
/// <remarks>Serialised with System.Text.Json, never by string concatenation, and with "&lt;/" escaped so no text can close the script.</remarks>
internal static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string WebSite(SiteViews views) => Serialise(new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = views.Site.Title,
        ["description"] = views.Site.Description,
        ["url"] = views.Site.Url,
        ["inLanguage"] = views.Site.Language,
    });

    public static string NewsArticle(Digest digest, DigestView view, SiteViews views)
    {
        var url = views.Url.Absolute(SitePaths.Digest(digest.Slug));
        var citations = new JsonArray();
        var basedOn = new JsonArray();
        foreach (var source in digest.Sources)
        {
            var work = new JsonObject
            {
                ["@type"] = "CreativeWork",
                ["name"] = source.Title,
                ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = source.Outlet },
                ["datePublished"] = SiteViews.Iso(source.Published),
            };
            if (source.Author is not null)
            {
                work["author"] = new JsonObject { ["@type"] = "Person", ["name"] = source.Author };
            }

            if (source.Url is not null)
            {
                work["url"] = source.Url.AbsoluteUri;
                basedOn.Add(source.Url.AbsoluteUri);
            }

            citations.Add(work);
        }

        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = digest.Title,
            ["description"] = digest.Summary,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["inLanguage"] = digest.Language ?? views.Site.Language,
            ["isAccessibleForFree"] = true,
            ["keywords"] = new JsonArray([.. view.Card.Tags.Select(t => (JsonNode)JsonValue.Create(t.Title))]),
            ["about"] = new JsonArray([.. view.Entities.Select(e => (JsonNode)new JsonObject { ["@type"] = "Organization", ["name"] = e.Name })]),
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = views.Site.Title, ["url"] = views.Site.Url },
            ["citation"] = citations,
        };
        if (basedOn.Count > 0)
        {
            article["isBasedOn"] = basedOn;
        }

        if (view.Story is { } part)
        {
            article["isPartOf"] = new JsonObject
            {
                ["@type"] = "CreativeWorkSeries",
                ["name"] = part.Story.Title,
                ["url"] = views.Url.Absolute(SitePaths.Story(part.Story.Key)),
            };
        }

        if (view.Corrections.Count > 0)
        {
            // schema.org's CorrectionComment: the correction notice itself, dated, as the page shows it.
            article["correction"] = new JsonArray([.. view.Corrections.Select(c => (JsonNode)new JsonObject
            {
                ["@type"] = "CorrectionComment",
                ["text"] = c.Note,
                ["datePublished"] = c.Date,
                ["url"] = $"{url}#{c.Anchor}",
            })]);
        }

        if (ExternalIdViews.Event(digest) is { } recorded)
        {
            ((JsonArray)article["about"]!).Add(recorded);
        }
        AddDates(article, digest);

        return Serialise(article);
    }

    /// <summary>The three dates: the event is what the article covers (<c>temporalCoverage</c>); the digest was created and
    /// published in the archive when it was added (git's first commit); <c>dateModified</c> is its last change. A date nobody
    /// recorded is left out rather than guessed: without git history only the event and <c>updated:</c> are known.</summary>
    private static void AddDates(JsonObject article, Digest digest)
    {
        article["temporalCoverage"] = SiteViews.Iso(digest.Date);
        if (digest.Added is { } added)
        {
            article["dateCreated"] = SiteViews.Iso(added);
            article["datePublished"] = SiteViews.Iso(added);
        }

        if (digest.Changed is { } changed)
        {
            article["dateModified"] = SiteViews.Iso(changed);
        }
    }

    private static string Serialise(JsonNode node) => node.ToJsonString(Options).Replace("</", "<\\/", StringComparison.Ordinal);
}
