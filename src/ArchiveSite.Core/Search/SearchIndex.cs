using ArchiveSite.Diagnostics;
using ArchiveSite.Pages;

namespace ArchiveSite.Search;

/// <summary>Stage 6, index for search: Pagefind over a written site folder, writing its chunked index to pagefind/.
/// A build does not read its pages back: <see cref="SearchFeed"/> sends them to Pagefind's service as they are rendered.
/// The preview server runs this, in the background, over the folder it serves.</summary>
/// <remarks>
/// Only digest pages carry <c>data-pagefind-body</c> (see theme/layouts/digest.liquid), so only their article is
/// indexed; filters (theme, organisation, year, story), the date sort key and result metadata come from the same markup.
/// A preview re-renders only the pages that changed, so its folder, not its memory, holds every page: reading the
/// folder keeps the index whole (a digest removed is gone from it) without keeping a Pagefind process and every page's
/// words alive between saves.
/// </remarks>
internal static class SearchIndex
{
    public const string OutputSubfolder = "pagefind";

    /// <summary>Finds (installing if need be) the Pagefind binary; reports what to install and returns null when it cannot.</summary>
    /// <remarks>A build calls this before rendering, so a missing tool fails in seconds, not after a long render.</remarks>
    public static string? Locate(DiagnosticBag diagnostics, Action<string>? log = null) =>
        PagefindLocator.Find([Environment.CurrentDirectory, AppContext.BaseDirectory], diagnostics, log);

    /// <summary>Locates Pagefind, then indexes <paramref name="siteFolder"/>.</summary>
    public static void Build(string siteFolder, PagePlan plan, DiagnosticBag diagnostics, Action<string>? log = null)
    {
        if (Locate(diagnostics, log) is { } binary)
        {
            Build(binary, siteFolder, plan, diagnostics);
        }
    }

    /// <summary>Runs <paramref name="binary"/> over the site; only pages marked data-pagefind-body are indexed.</summary>
    public static void Build(string binary, string siteFolder, PagePlan plan, DiagnosticBag diagnostics)
    {
        string[] arguments =
        [
            "--site", siteFolder,
            // Only digest pages carry anything to index; not even reading the listings saves ~15% of the stage on 10,000 digests.
            "--glob", "digests/**/*.html",
            "--output-subdir", OutputSubfolder,
            // One index in the site's language, even with digests that declare another (language:): Pagefind searches only the
            // index of the page's own language, so per-language indexes would hide those digests from the site's search page.
            // Their words are then stemmed as the site's language, which costs a little recall on them and nothing elsewhere.
            "--force-language", plan.Archive.Settings.Language,
            "--quiet",
        ];
        if (!ProcessRunner.TryRun(binary, arguments, siteFolder, TimeSpan.FromMinutes(30), out var output))
        {
            diagnostics.Add(DiagnosticCodes.SearchFailed, SourceLocation.StartOf("package.json"), PagefindLocator.LastLine(output));
        }
    }
}
