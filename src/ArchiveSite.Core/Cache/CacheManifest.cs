namespace ArchiveSite.Cache;

/// <summary>The cache folder's table of contents, written last and in one rename: a folder without it holds no cache.</summary>
/// <param name="Format">The layout of the cache folder (<see cref="BuildCache.Format"/>).</param>
/// <param name="Tool">The build of ArchiveSite that wrote it (<see cref="BuildCache.Tool"/>); any other is never trusted.</param>
/// <param name="Input">The input folder it was read from, as a full path and as diagnostics show it.</param>
/// <param name="Site">What the pages were rendered with besides the input.</param>
/// <param name="SiteFolder">The folder (under the cache folder) that holds the site as written.</param>
/// <param name="Inputs">The parsed digests and pages (<see cref="ParsedInputs"/>), in <see cref="ParsedInputs.Shards"/> files by path, so that an edit rewrites one.</param>
/// <param name="State">The session's state (<see cref="SessionState"/>) and the written files' hashes (<see cref="StateFile"/>).</param>
internal sealed record CacheManifest(int Format, string Tool, string Input, SiteKey Site, string SiteFolder, IReadOnlyList<CacheFile> Inputs, CacheFile State)
{
    /// <summary>The archive's related digests with what they were scored from (<see cref="Archiving.KeptRelated"/>), or null.</summary>
    public CacheFile? Related { get; init; }
}

/// <summary>A data file of the cache, with what it must hold: a shorter or altered file is refused before it is parsed.</summary>
internal sealed record CacheFile(string Name, long Length, string Sha256);

/// <summary>What a site's pages depend on besides the input files: the theme, and the options that change what is written.</summary>
/// <param name="Theme">The theme's fingerprint (every file's hash).</param>
/// <param name="BaseUrl">The base URL given on the command line, or null for site.yml's.</param>
internal sealed record SiteKey(string Theme, string? BaseUrl, bool Drafts, string? Version, bool Search)
{
    /// <summary>How this key differs from <paramref name="other"/>, in words; null when it does not.</summary>
    public string? Difference(SiteKey other) =>
        Theme != other.Theme ? "another theme"
        : BaseUrl != other.BaseUrl ? $"another base URL ({other.BaseUrl ?? "site.yml's"})"
        : Drafts != other.Drafts ? (other.Drafts ? "drafts" : "no drafts")
        : Version != other.Version ? $"another archive version ({other.Version ?? "site.yml's"})"
        : Search != other.Search ? (other.Search ? "search" : "no search")
        : null;
}

/// <summary>The state file: the session's state and the hash of every file the site holds.</summary>
internal sealed record StoredState(SessionState Session, Dictionary<string, string> Hashes);
