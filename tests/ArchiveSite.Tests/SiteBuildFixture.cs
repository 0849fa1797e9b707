using HtmlAgilityPack;

namespace ArchiveSite.Tests;

/// <summary>The minimal fixture archive built once (under /repo/) and shared by the whole-site tests.</summary>
public sealed class SiteBuildFixture : IDisposable
{
    private readonly TempFolder _temp = new();

    public SiteBuildFixture()
    {
        Output = _temp.Combine("site");
        Result = SiteBuilds.Build(RepositoryPaths.Fixture("minimal"), Output);
    }

    public string Output { get; }

    public BuildResult Result { get; }

    public HtmlDocument Html(string sitePath)
    {
        var document = new HtmlDocument();
        document.Load(System.IO.Path.Combine(Output, sitePath));
        return document;
    }

    public IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public void Dispose() => _temp.Dispose();
}
