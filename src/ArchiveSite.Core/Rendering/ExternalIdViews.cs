using System.Text.Json.Nodes;
using ArchiveSite.Model;

namespace ArchiveSite.Rendering;

/// <summary>A digest's record in another database, as its page shows it: "AI Incident Database (incident 123)".</summary>
/// <param name="Label">The identifier as it reads beside the name: "incident 123", "AIAAIC1471".</param>
/// <param name="Url">Where the link goes: the record itself, or the database when <paramref name="LinksToRecord"/> is false.</param>
internal sealed record ExternalIdView(string Scheme, string Name, string Label, string Id, string Url, bool LinksToRecord);

/// <summary>Builds the "Also recorded in" views and their schema.org description.</summary>
internal static class ExternalIdViews
{
    public static IReadOnlyList<ExternalIdView> Of(Digest digest) =>
        [.. digest.ExternalIds.Select(x => new ExternalIdView(x.Scheme.Key, x.Scheme.Name, x.Label, x.Value, x.Link.AbsoluteUri, x.Scheme.LinksToRecord))];

    /// <summary>The event the digest reports, identified in the other databases; null when it names none.</summary>
    /// <remarks>
    /// Not <c>sameAs</c> on the NewsArticle itself: our article and a database's record are different works about the
    /// same event. So the event is described once, in <c>about</c>, with each record as an <c>identifier</c> and the
    /// pages that are the record (not the AIAAIC repository's home page) as its <c>sameAs</c>.
    /// </remarks>
    public static JsonObject? Event(Digest digest)
    {
        if (digest.ExternalIds.Count == 0)
        {
            return null;
        }

        return new JsonObject
        {
            ["@type"] = "Event",
            ["name"] = digest.Title,
            ["startDate"] = SiteViews.Iso(digest.Date),
            ["identifier"] = new JsonArray([.. digest.ExternalIds.Select(x => (JsonNode)new JsonObject
            {
                ["@type"] = "PropertyValue",
                ["propertyID"] = x.Scheme.Name,
                ["value"] = x.Value,
            })]),
            ["sameAs"] = new JsonArray([.. digest.ExternalIds.Where(x => x.Scheme.LinksToRecord).Select(x => (JsonNode)JsonValue.Create(x.Link.AbsoluteUri))]),
        };
    }
}
