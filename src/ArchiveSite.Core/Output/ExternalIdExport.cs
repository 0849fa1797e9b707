using System.Globalization;
using System.Text;
using System.Text.Json;
using ArchiveSite.Model;
using ArchiveSite.Pages;

namespace ArchiveSite.Output;

/// <summary>The digests' identifiers in other databases as open data: an <c>external_ids</c> object in digests.json, a
/// column per database in digests.csv, and data/external-ids.csv with one row per identifier.</summary>
internal static class ExternalIdExport
{
    /// <summary>The digests.csv columns, one per database in the schemes' order, each led by its comma.</summary>
    public static string CsvHeader { get; } = string.Concat(ExternalIdSchemes.All.Select(s => "," + s.Key));

    /// <summary>A digest's cells for <see cref="CsvHeader"/>; empty where it names no record.</summary>
    public static string CsvCells(Digest digest) =>
        string.Concat(ExternalIdSchemes.All.Select(s => "," + DataExport.Cell(digest.ExternalIds.FirstOrDefault(x => x.Scheme == s)?.Value ?? "")));

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

    /// <summary>data/external-ids.csv: digest, its page, database, identifier, link; by digest (newest first, as the archive) then database.</summary>
    public static byte[] Csv(Archive archive, SiteUrl url)
    {
        var csv = new StringBuilder("digest,url,scheme,id,link\r\n");
        foreach (var digest in archive.Digests)
        {
            foreach (var id in digest.ExternalIds)
            {
                string[] cells = [digest.Slug, url.Absolute(SitePaths.Digest(digest.Slug)), id.Scheme.Key, id.Value, id.Link.AbsoluteUri];
                csv.AppendJoin(',', cells.Select(DataExport.Cell)).Append("\r\n");
            }
        }

        return new UTF8Encoding(false).GetBytes(csv.ToString());
    }
}
