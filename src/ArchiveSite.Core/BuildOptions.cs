namespace ArchiveSite;

/// <summary>What to build and where: the folders, the published URL, and which optional parts run.</summary>
/// <param name="BaseUrl">Overrides site.yml's base_url (e.g. the URL GitHub Pages reports).</param>
/// <param name="Today">The date checks treat as today; null means the machine's date.</param>
public sealed record BuildOptions(
    string InputFolder = "input",
    string ThemeFolder = "theme",
    string OutputFolder = "output",
    Uri? BaseUrl = null,
    bool Drafts = false,
    bool Search = true,
    DateOnly? Today = null)
{
    /// <summary>The archive's version for this build (e.g. the git tag being built); overrides site.yml's <c>version</c>.
    /// Null leaves site.yml's. The caller checks it with <see cref="Model.ArchiveVersion.Problem"/>.</summary>
    public string? Version { get; init; }

    /// <summary>The folder <c>build --cache</c> keeps between builds (parsed input, page fingerprints, the site as written);
    /// null builds without one.</summary>
    public string? CacheFolder { get; init; }
}
