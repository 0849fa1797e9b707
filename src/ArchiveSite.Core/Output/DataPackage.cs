using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ArchiveSite.Common;
using ArchiveSite.Model;
using ArchiveSite.Pages;

namespace ArchiveSite.Output;

/// <summary>data/datapackage.json: a Frictionless Tabular Data Package over the CSV tables, written from the same
/// <see cref="DataTable"/> definitions as the files, with the licence from site.yml.</summary>
internal static partial class DataPackage
{
    /// <summary>What the licence covers and what it does not, said in the descriptor and on the footer's terms.</summary>
    public const string Rights =
        "The licence covers the archive's own text (digest titles, summaries, corrections and the descriptions of themes, " +
        "organisations and story lines) and the compilation; the cited sources are listed by title, byline and address only, " +
        "and the rights in those works stay with their owners.";

    public static byte[] Write(Archive archive, SiteUrl url, IReadOnlyList<DataTable> tables)
    {
        var settings = archive.Settings;
        var package = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = PackageName(settings.Title),
            ["title"] = settings.Title,
            ["description"] = $"{settings.Description} One table per file, CSV (RFC 4180, UTF-8); the whole archive as nested JSON is digests.json, and each year's digests {{year}}/digests.json (e.g. 2024/digests.json), both described by digests.schema.json. {Rights}",
            ["homepage"] = url.Absolute(SitePaths.Home),
        };
        // The archive's version (site.yml or the tag being built), so a download says which release it is; none claimed without one.
        if (archive.Edition.Version is { } version)
        {
            package["version"] = version;
        }

        if (settings.DataLicense is { } license)
        {
            package["licenses"] = new JsonArray(new JsonObject { ["name"] = license.Name, ["path"] = license.Url.AbsoluteUri, ["title"] = license.Title });
        }

        package["resources"] = new JsonArray([.. tables.Select(Resource)]);
        return JsonBytes.Of(package);
    }

    private static JsonObject Resource(DataTable table)
    {
        var schema = new JsonObject { ["fields"] = new JsonArray([.. table.Fields.Select(Field)]) };
        if (table.PrimaryKey.Count > 0)
        {
            schema["primaryKey"] = new JsonArray([.. table.PrimaryKey.Select(k => (JsonNode)k)]);
        }

        if (table.ForeignKeys.Count > 0)
        {
            schema["foreignKeys"] = new JsonArray([.. table.ForeignKeys.Select(k => new JsonObject
            {
                ["fields"] = new JsonArray([.. k.Fields.Select(f => (JsonNode)f)]),
                ["reference"] = new JsonObject { ["resource"] = k.Table, ["fields"] = new JsonArray([.. k.TableFields.Select(f => (JsonNode)f)]) },
            })]);
        }

        return new JsonObject
        {
            ["profile"] = "tabular-data-resource",
            ["name"] = table.Name,
            ["path"] = table.FileName,
            ["title"] = table.Title,
            ["description"] = table.Description + ".",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["dialect"] = new JsonObject { ["delimiter"] = ",", ["lineTerminator"] = "\r\n", ["quoteChar"] = "\"", ["doubleQuote"] = true, ["header"] = true },
            ["schema"] = schema,
        };
    }

    private static JsonObject Field(DataField field)
    {
        var json = new JsonObject { ["name"] = field.Name, ["type"] = field.Type };
        if (field.Format is { } format)
        {
            json["format"] = format;
        }

        json["description"] = field.Description;
        if (field.Required)
        {
            json["constraints"] = new JsonObject { ["required"] = true };
        }

        return json;
    }

    // A package name is lowercase ASCII letters, digits and . _ / -: the title's slug without the rest.
    private static string PackageName(string title)
    {
        var name = NotInName().Replace(Slugs.From(title), "").Trim('-');
        return name.Length > 0 ? name : "archive";
    }

    [GeneratedRegex("[^a-z0-9._-]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotInName();
}
