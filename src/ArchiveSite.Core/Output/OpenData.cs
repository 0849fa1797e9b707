using ArchiveSite.Model;
using ArchiveSite.Pages;

namespace ArchiveSite.Output;

/// <summary>The documented dataset in data/: the CSV tables, the Data Package that describes them, the JSON Schema of
/// digests.json and the source lookup (digests.json itself: <see cref="DataExport"/>).</summary>
internal static class OpenData
{
    /// <summary>The files, one maker each: the tables are independent and each takes a core's while.</summary>
    public static IEnumerable<Func<IEnumerable<SiteFile>>> Makers(Archive archive, SiteUrl url)
    {
        var tables = DataTables.All(archive, url);
        foreach (var table in tables)
        {
            yield return () => [SiteFile.Stream(SitePaths.DataTable(table.FileName), table.WriteCsv)];
        }

        yield return () => [(SitePaths.DataPackage, DataPackage.Write(archive, url, tables))];
        yield return () => [(SitePaths.DataSchema, JsonSchema.Write(archive, url))];
        yield return () => [SiteFile.Stream(SitePaths.DataLookup, stream => SourceLookup.Write(stream, archive, url))];
    }
}
