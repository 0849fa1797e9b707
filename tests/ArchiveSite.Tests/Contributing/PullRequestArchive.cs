namespace ArchiveSite.Tests.Contributing;

/// <summary>A pull request in a temp folder: tests/fixtures/pr/archive copied as input/, plus the case digests it adds under digests/2025/.</summary>
public sealed class PullRequestArchive : IDisposable
{
    /// <summary>The date checks treat as today, so "future date" cases stay in the future.</summary>
    public static readonly DateOnly Today = new(2026, 12, 1);

    private readonly TempFolder _temp = new();

    public PullRequestArchive(params string[] cases)
    {
        Input = _temp.CopyFrom(RepositoryPaths.Fixture("pr", "archive"), "input");
        foreach (var name in cases)
        {
            Add(name);
        }
    }

    /// <summary>The repository root of this pull request: input/ lives directly under it.</summary>
    public string Root => _temp.Path;

    public string Input { get; }

    /// <summary>Where a case digest is (or would be) added.</summary>
    public string DigestPath(string caseName) => Path.Combine(Input, "digests", "2025", caseName + ".md");

    /// <summary>Copies tests/fixtures/pr/cases/&lt;name&gt;.md into the archive; returns its full path.</summary>
    public string Add(string caseName)
    {
        var target = DigestPath(caseName);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(RepositoryPaths.Fixture("pr", "cases", caseName + ".md"), target);
        return target;
    }

    public BuildOptions Options => new(Input, RepositoryPaths.Theme, _temp.Combine("output"), Search: false, Today: Today);

    public BuildResult Check() => new SiteBuild(Options).Check();

    public void Dispose() => _temp.Dispose();
}
