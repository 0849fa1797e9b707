using System.Text.RegularExpressions;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Model;

/// <summary>The databases <c>external_ids</c> knows, declared once: the reader checks formats here, the pages, feeds of data and `reference` read the rest.</summary>
/// <remarks>
/// Each format and address was checked against records the databases publish (see CONTRIBUTING.md, "Identifiers in
/// other databases"). No address is built that a database does not itself use: an AIAAIC entry's page is named by its
/// title, not its ID, so an AIAAIC ID links to the repository and is shown as text beside it.
/// </remarks>
public static partial class ExternalIdSchemes
{
    /// <summary>AI Incident Database: incident numbers, each with a citation page at /cite/{n}/.</summary>
    public static readonly ExternalIdScheme Aiid = new(
        "aiid", "AI Incident Database", "whole number", "AI Incident Database incident number, e.g. 123; links to https://incidentdatabase.ai/cite/123/",
        DiagnosticCodes.InvalidAiid, linksToRecord: true,
        text => AiidPattern().IsMatch(text) ? text : null,
        value => $"incident {value}",
        value => new Uri($"https://incidentdatabase.ai/cite/{value}/"));

    /// <summary>AIAAIC Repository: IDs of "AIAAIC" and four digits (AIAAIC0131, AIAAIC1471).</summary>
    public static readonly ExternalIdScheme Aiaaic = new(
        "aiaaic", "AIAAIC Repository", "AIAAIC and 4 digits", "AIAAIC Repository ID, e.g. AIAAIC1471; shown as text beside a link to the repository, whose entries have no address by ID",
        DiagnosticCodes.InvalidAiaaicId, linksToRecord: false,
        text => AiaaicPattern().IsMatch(text) ? text : null,
        value => value,
        _ => new Uri(RepositoryHome));

    /// <summary>OECD AI Incidents Monitor: each incident's page, https://oecd.ai/{language}/incidents/{incident}.</summary>
    public static readonly ExternalIdScheme OecdAim = new(
        "oecd_aim", "OECD AI Incidents Monitor", "https://oecd.ai URL", "address of the incident's page on the OECD AI Incidents Monitor, e.g. https://oecd.ai/en/incidents/2025-06-17-7b1c",
        DiagnosticCodes.InvalidOecdAimUrl, linksToRecord: true,
        CheckOecdAim,
        value => $"incident {OecdAimPath().Match(new Uri(value).AbsolutePath).Groups["incident"].Value}",
        value => new Uri(value));

    /// <summary>The AIAAIC Repository's home page, which every AIAAIC ID links to.</summary>
    public const string RepositoryHome = "https://www.aiaaic.org/aiaaic-repository";

    /// <summary>Every scheme, in the order pages, data and the reference list them.</summary>
    public static IReadOnlyList<ExternalIdScheme> All { get; } = [Aiid, Aiaaic, OecdAim];

    public static ExternalIdScheme? Find(string key) => All.FirstOrDefault(s => s.Key == key);

    // https only, on oecd.ai itself (no port, no user, no query or fragment), under /{two-letter language}/incidents/.
    private static string? CheckOecdAim(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps && uri.IdnHost == "oecd.ai" && uri.IsDefaultPort && uri.UserInfo.Length == 0
        && uri.Query.Length == 0 && uri.Fragment.Length == 0 && OecdAimPath().IsMatch(uri.AbsolutePath)
            ? uri.AbsoluteUri
            : null;

    // A positive number as people write it: no sign, no leading zero, no separators; nine digits keep it an int.
    [GeneratedRegex("^[1-9][0-9]{0,8}\\z")]
    private static partial Regex AiidPattern();

    [GeneratedRegex("^AIAAIC[0-9]{4}\\z")]
    private static partial Regex AiaaicPattern();

    [GeneratedRegex("^/[a-z]{2}/incidents/(?<incident>[a-z0-9]+(?:-[a-z0-9]+)*)/?\\z")]
    private static partial Regex OecdAimPath();
}
