using System.Text.RegularExpressions;
using ArchiveSite.Diagnostics;
using ArchiveSite.Model;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Input;

/// <summary>Reads site.yml's <c>data_license:</c> map: the licence the open data is published under.</summary>
public static partial class DataLicenseReader
{
    public static readonly FieldSpec Name = new("name", true, "SPDX identifier", "the licence's SPDX identifier, e.g. CC-BY-4.0");
    public static readonly FieldSpec Title = new("title", false, "text", "its name as readers see it; default: the identifier");
    public static readonly FieldSpec Url = new("url", true, "http(s) URL", "where its text is, e.g. https://creativecommons.org/licenses/by/4.0/");

    public static IReadOnlyList<FieldSpec> Fields { get; } = [Name, Title, Url];

    /// <summary>The licence under <paramref name="field"/>: valid with no licence when the key is absent, invalid (reported) when it is wrong.</summary>
    internal static (bool Valid, DataLicense? License) Read(YamlFields settings, FieldSpec field)
    {
        switch (settings.Value(field))
        {
            case null:
                return (true, null);
            case YamlMappingNode map:
                return Read(settings.Nested(map, new MapSchema(Fields), field.Key + "/"), map);
            case var other:
                settings.Report(DiagnosticCodes.LicenseNotAMap, other, other is YamlSequenceNode ? DiagnosticCodes.AList : DiagnosticCodes.ASingleValue);
                return (false, null);
        }
    }

    /// <summary>Whether <paramref name="id"/> has the shape of an SPDX licence identifier (letters, digits, '.' and '-',
    /// optionally ending in '+'), as Frictionless and schema.org readers expect.</summary>
    public static bool IsSpdxId(string id) => id.Length <= 64 && SpdxId().IsMatch(id);

    private static (bool Valid, DataLicense? License) Read(YamlFields fields, YamlMappingNode map)
    {
        var name = fields.Text(Name);
        var title = fields.Text(Title);
        var url = fields.Url(Url);
        if (name is not null && !IsSpdxId(name))
        {
            fields.Report(DiagnosticCodes.InvalidLicenseId, fields.Value(Name) ?? map, name);
            return (false, null);
        }

        return name is null || url is null ? (false, null) : (true, new DataLicense(name, title ?? name, url));
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9.-]*\\+?$", RegexOptions.CultureInvariant)]
    private static partial Regex SpdxId();
}
