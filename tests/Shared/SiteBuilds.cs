namespace ArchiveSite.Tests;

/// <summary>Builds sites for tests into temp folders, with the real theme.</summary>
public static class SiteBuilds
{
    /// <summary>Builds <paramref name="input"/> into <paramref name="output"/>; the fixed date keeps "future date" checks stable.</summary>
    public static BuildResult Build(string input, string output, string? baseUrl = null, bool search = false, string? theme = null) =>
        new SiteBuild(new BuildOptions(
            input, theme ?? RepositoryPaths.Theme, output,
            baseUrl is null ? null : new Uri(baseUrl), Drafts: false, Search: search, Today: new DateOnly(2026, 12, 1))).Build();
}
