using ArchiveSite.Diagnostics;
using ArchiveSite.Pages;

namespace ArchiveSite.Search;

/// <summary>Stage 6, index for search: Pagefind over the staged site, writing its chunked index to pagefind/.</summary>
/// <remarks>
/// Only digest pages carry <c>data-pagefind-body</c> (see theme/layouts/digest.liquid), so only their article is
/// indexed; filters (theme, organisation, year), the date sort key and result metadata come from the same markup.
/// </remarks>
public static class SearchIndex
{
    public const string OutputSubfolder = "pagefind";

    public static void Build(string siteFolder, PagePlan plan, DiagnosticBag diagnostics, Action<string>? log = null)
    {
        var binary = PagefindLocator.Find([Environment.CurrentDirectory, AppContext.BaseDirectory], diagnostics, log);
        if (binary is null)
        {
            return;
        }

        string[] arguments =
        [
            "--site", siteFolder,
            "--output-subdir", OutputSubfolder,
            "--force-language", plan.Archive.Settings.Language,
            "--quiet",
        ];
        if (!ProcessRunner.TryRun(binary, arguments, siteFolder, TimeSpan.FromMinutes(30), out var output))
        {
            diagnostics.Add(DiagnosticCodes.SearchFailed, SourceLocation.StartOf("package.json"), PagefindLocator.LastLine(output));
        }
    }
}
