using System.Buffers;
using System.Text;
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

    /// <remarks>Written straight into a pooled buffer (a digest page's largest view member, made for every page the cache
    /// considers): the same bytes a JsonObject tree of it would serialise to, in the same order.</remarks>
    public static string NewsArticle(Digest digest, DigestView view, SiteViews views)
    {
        var url = views.Url.Absolute(SitePaths.Digest(digest.Slug));
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "NewsArticle");
            json.WriteString("headline", digest.Title);
            json.WriteString("description", digest.Summary);
            json.WriteString("url", url);
            json.WriteString("mainEntityOfPage", url);
            json.WriteString("inLanguage", digest.Language ?? views.Site.Language);
            json.WriteBoolean("isAccessibleForFree", true);
            json.WriteStartArray("keywords");
            foreach (var tag in view.Card.Tags)
            {
                json.WriteStringValue(tag.Title);
            }

            json.WriteEndArray();
            json.WriteStartArray("about");
            foreach (var entity in view.Entities)
            {
                Named(json, "Organization", entity.Name);
            }

            ExternalIdViews.Event(digest)?.WriteTo(json);
            json.WriteEndArray();
            json.WritePropertyName("publisher");
            Named(json, "Organization", views.Site.Title, views.Site.Url);
            json.WriteStartArray("citation");
            foreach (var source in digest.Sources)
            {
                json.WriteStartObject();
                json.WriteString("@type", "CreativeWork");
                json.WriteString("name", source.Title);
                json.WritePropertyName("publisher");
                Named(json, "Organization", source.Outlet);
                json.WriteString("datePublished", SiteViews.Iso(source.Published));
                if (source.Author is not null)
                {
                    json.WritePropertyName("author");
                    Named(json, "Person", source.Author);
                }

                if (source.Url is not null)
                {
                    json.WriteString("url", source.Url.AbsoluteUri);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (digest.Sources.Any(s => s.Url is not null))
            {
                json.WriteStartArray("isBasedOn");
                foreach (var source in digest.Sources.Where(s => s.Url is not null))
                {
                    json.WriteStringValue(source.Url!.AbsoluteUri);
                }

                json.WriteEndArray();
            }

            if (view.Story is { } part)
            {
                json.WriteStartObject("isPartOf");
                json.WriteString("@type", "CreativeWorkSeries");
                json.WriteString("name", part.Story.Title);
                json.WriteString("url", views.Url.Absolute(SitePaths.Story(part.Story.Key)));
                json.WriteEndObject();
            }

            if (view.Corrections.Count > 0)
            {
                // schema.org's CorrectionComment: the correction notice itself, dated, as the page shows it.
                json.WriteStartArray("correction");
                foreach (var correction in view.Corrections)
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "CorrectionComment");
                    json.WriteString("text", correction.Note);
                    json.WriteString("datePublished", correction.Date);
                    json.WriteString("url", $"{url}#{correction.Anchor}");
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            WriteDates(json, digest);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan).Replace("</", "<\\/", StringComparison.Ordinal);
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    private static void Named(Utf8JsonWriter json, string type, string name, string? url = null)
    {
        json.WriteStartObject();
        json.WriteString("@type", type);
        json.WriteString("name", name);
        if (url is not null)
        {
            json.WriteString("url", url);
        }

        json.WriteEndObject();
    }

    /// <summary>The three dates: the event is what the article covers (<c>temporalCoverage</c>); the digest was created and
    /// published in the archive when it was added (git's first commit); <c>dateModified</c> is its last change. A date nobody
    /// recorded is left out rather than guessed: without git history only the event and <c>updated:</c> are known.</summary>
    private static void WriteDates(Utf8JsonWriter json, Digest digest)
    {
        json.WriteString("temporalCoverage", SiteViews.Iso(digest.Date));
        if (digest.Added is { } added)
        {
            json.WriteString("dateCreated", SiteViews.Iso(added));
            json.WriteString("datePublished", SiteViews.Iso(added));
        }

        if (digest.Changed is { } changed)
        {
            json.WriteString("dateModified", SiteViews.Iso(changed));
        }
    }

    private static string Serialise(JsonNode node) => node.ToJsonString(Options).Replace("</", "<\\/", StringComparison.Ordinal);
}
