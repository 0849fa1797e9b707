using ArchiveSite.Model;
using ArchiveSite.Pages;

namespace ArchiveSite.Output;

/// <summary>The documented dataset in data/: the CSV tables, the Data Package that describes them, the JSON Schema of
/// digests.json and the source lookup (digests.json itself: <see cref="DataExport"/>).</summary>
internal static class OpenData
{
    public static IEnumerable<(string Path, byte[] Content)> Files(Archive archive, SiteUrl url) => Makers(archive, url).SelectMany(make => make());

    /// <summary>The same files, one maker each, in the same order: the tables are independent and each takes a core's while.</summary>
    public static IEnumerable<Func<IEnumerable<(string Path, byte[] Content)>>> Makers(Archive archive, SiteUrl url)
    {
        var tables = DataTables.All(archive, url);
        foreach (var table in tables)
        {
            yield return () => [(SitePaths.DataTable(table.FileName), table.Csv())];
        }

        yield return () => [(SitePaths.DataPackage, DataPackage.Write(archive, url, tables))];
        yield return () => [(SitePaths.DataSchema, JsonSchema.Write(archive, url))];
        yield return () => [(SitePaths.DataLookup, SourceLookup.Write(archive, url))];
    }
}
