using System.Globalization;
using System.Text.Json;
using ArchiveSite.Model;

namespace ArchiveSite.Output;

/// <summary>The digests' identifiers in other databases in digests.json: an <c>external_ids</c> object. (The column per
/// database in digests.csv and data/external-ids.csv are tables of <see cref="DataTables"/>.)</summary>
internal static class ExternalIdExport
{
    /// <summary>Writes <c>"external_ids": {"aiid": 123, …}</c> for a digest that names any; the AI Incident Database number as a number.</summary>
    public static void Json(Utf8JsonWriter json, Digest digest)
    {
        if (digest.ExternalIds.Count == 0)
        {
            return;
        }

        json.WriteStartObject("external_ids");
        foreach (var id in digest.ExternalIds)
        {
            if (id.Scheme == ExternalIdSchemes.Aiid)
            {
                json.WriteNumber(id.Scheme.Key, int.Parse(id.Value, NumberStyles.None, CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteString(id.Scheme.Key, id.Value);
            }
        }

        json.WriteEndObject();
    }
}
