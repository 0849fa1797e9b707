using ArchiveSite.Diagnostics;

namespace ArchiveSite.Model;

/// <summary>The site-wide settings from input/site.yml.</summary>
/// <param name="BaseUrl">Absolute URL the site is published at; its path is the base path.</param>
/// <param name="Repository">GitHub repository URL for "suggest a correction" links, or null.</param>
public sealed record SiteSettings(
    string Title,
    string Description,
    Uri BaseUrl,
    string Language,
    Uri? Repository,
    string Branch,
    int PageSize)
{
    /// <summary>The editorial rules from site.yml's <c>editorial:</c> map; the defaults when it has none.</summary>
    public EditorialPolicy Editorial { get; init; } = EditorialPolicy.Default;

    /// <summary>The licence of the open data, from site.yml's <c>data_license:</c>; null when none is set.</summary>
    public DataLicense? DataLicense { get; init; }
    /// <summary>The archive's version (site.yml's <c>version</c>, or the tag being built), or null: then none is claimed.</summary>
    public string? Version { get; init; }

    /// <summary>Where site.yml sets <c>language</c> (its start when it does not): a theme without that language warns there.</summary>
    public SourceLocation LanguageLocation { get; init; } = SourceLocation.StartOf("site.yml");

    public SiteSettings WithBaseUrl(Uri baseUrl) => this with { BaseUrl = baseUrl };
}
