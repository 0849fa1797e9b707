using System.Text.Json;

namespace ArchiveSite.Tests.Output.OpenData;

/// <summary>The sample archive (input/) built once, with its data/ folder checked once by the real validators.</summary>
public sealed class SampleData : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly Lazy<JsonElement> _report;

    public SampleData()
    {
        Site = _temp.Combine("site");
        var result = SiteBuilds.Build(RepositoryPaths.Input, Site);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the sample site did not build:\n" + string.Join('\n', result.Diagnostics));
        }

        _report = new(() => OpenDataCheck.Run(Data));
    }

    public string Site { get; }

    public string Data => Path.Combine(Site, "data");

    /// <summary>check-open-data.cjs's report on <see cref="Data"/>.</summary>
    public JsonElement Report => _report.Value;

    public JsonElement Json(string fileName) => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Data, fileName))).RootElement.Clone();

    public void Dispose() => _temp.Dispose();
}
