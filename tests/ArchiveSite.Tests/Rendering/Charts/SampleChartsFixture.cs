using ArchiveSite.Archiving;
using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using ArchiveSite.Model;
using HtmlAgilityPack;

namespace ArchiveSite.Tests.Rendering.Charts;

/// <summary>The sample archive (input/) built twice into temp folders, and its model read on its own to count from.</summary>
public sealed class SampleChartsFixture : IDisposable
{
    private readonly TempFolder _temp = new();

    public SampleChartsFixture()
    {
        First = _temp.Combine("first");
        Second = _temp.Combine("second");
        foreach (var output in (string[])[First, Second])
        {
            var result = SiteBuilds.Build(RepositoryPaths.Input, output);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        }

        var diagnostics = new DiagnosticBag();
        Archive = ArchiveBuilder.Build(InputReader.Read(RepositoryPaths.Input, false, diagnostics)!, TestArchive.Today, diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToSortedList()));
    }

    /// <summary>The first build's folder: the site the tests read.</summary>
    public string First { get; }

    /// <summary>The second build of the same input, to compare byte for byte.</summary>
    public string Second { get; }

    public Archive Archive { get; }

    public HtmlDocument Html(string sitePath)
    {
        var document = new HtmlDocument();
        document.Load(Path.Combine(First, sitePath));
        return document;
    }

    public void Dispose() => _temp.Dispose();
}
