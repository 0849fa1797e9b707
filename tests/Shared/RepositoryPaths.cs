namespace ArchiveSite.Tests;

/// <summary>Where the repository's folders are, found from the test binary's location.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArchiveSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ArchiveSite.sln not found above " + AppContext.BaseDirectory);
    }
}
