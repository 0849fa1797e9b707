using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ArchiveSite.Model;

namespace ArchiveSite.Output.Citations;

/// <summary>The repository's CITATION.cff (Citation File Format 1.2.0, which GitHub reads for "Cite this repository"),
/// made from site.yml so the two cannot drift apart; a test compares it with the committed file.</summary>
/// <remarks>
/// Only what site.yml says: no <c>date-released</c>, which would change with every digest, and a <c>version</c> only when
/// site.yml sets one (a release's tag is in its own citation files). A <c>license</c> only when site.yml sets <c>data_license</c> (its SPDX name).
/// Every value is a double-quoted YAML scalar written as a JSON string, which YAML reads the same way.
/// </remarks>
internal static class CitationFileFormat
{
    public const string FileName = "CITATION.cff";

    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Write(SiteSettings settings)
    {
        var cff = new StringBuilder();
        cff.Append("# Generated from input/site.yml; edit that file, then run the CitationFileFormatTests with ACCEPT_CITATION_CFF=1.\n");
        cff.Append("cff-version: 1.2.0\n");
        Line(cff, "message", "If you use this archive, please cite it as below; each digest page also has its own citation.");
        Line(cff, "type", "dataset");
        Line(cff, "title", settings.Title);
        Line(cff, "abstract", settings.Description);
        cff.Append("authors:\n");
        Line(cff, "  - name", settings.Title);
        Line(cff, "url", settings.BaseUrl.AbsoluteUri);
        if (settings.Repository is { } repository)
        {
            Line(cff, "repository-code", repository.AbsoluteUri);
        }

        // The data licence (site.yml's data_license, an SPDX identifier) is the licence of what this dataset is.
        if (settings.DataLicense is { } license)
        {
            Line(cff, "license", license.Name);
        }

        if (settings.Version is { } version)
        {
            Line(cff, "version", version);
        }

        return cff.ToString();
    }

    private static void Line(StringBuilder cff, string key, string value) =>
        cff.Append(key).Append(": ").Append(JsonSerializer.Serialize(value, Quoting)).Append('\n');
}
