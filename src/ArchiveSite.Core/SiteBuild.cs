using System.Diagnostics;
using ArchiveSite.Archiving;
using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using ArchiveSite.Model;
using ArchiveSite.Output;
using ArchiveSite.Pages;
using ArchiveSite.Rendering;
using ArchiveSite.Search;

namespace ArchiveSite;

/// <summary>A build: the stages in the order they run. The only type that knows them all.</summary>
/// <remarks>
/// 1 ReadInput → 2 BuildArchive → 3 PlanPages → 4 RenderPages → 5 WriteSite → 6 IndexSearch → swap into output.
/// `check` is stages 1–2. Data flows one way; a stage with errors stops the build before anything reaches the output folder.
/// </remarks>
public sealed class SiteBuild(BuildOptions options, IProgress<BuildProgress>? progress = null)
{
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<(string, TimeSpan)> _timings = [];

    /// <summary>Stages 1–2: reads and checks everything, writes nothing.</summary>
    public BuildResult Check()
    {
        var input = ReadInput();
        var archive = BuildArchive(input);
        var plan = archive is null ? null : PlanPages(archive);
        return Result(input?.Digests.Count ?? 0, plan?.Pages.Count ?? 0, 0) with { Input = input };
    }

    /// <summary>All stages: builds the site into a staging folder and swaps it into the output folder only if nothing failed.</summary>
    public BuildResult Build()
    {
        var archive = BuildArchive(ReadInput());
        var theme = Timed("load theme", () => Theme.Load(options.ThemeFolder, _diagnostics));
        if (archive is null || theme is null || _diagnostics.HasErrors)
        {
            return Result(archive?.Digests.Count ?? 0, 0, 0);
        }

        var pagefind = options.Search ? Timed("locate search tools", () => SearchIndex.Locate(_diagnostics, Log)) : null;
        if (_diagnostics.HasErrors)
        {
            return Result(archive.Digests.Count, 0, 0);
        }

        var plan = Timed("plan pages", () => PlanPages(archive));
        if (_diagnostics.HasErrors)
        {
            return Result(archive.Digests.Count, 0, 0);
        }

        using var staging = StagingFolder.Create(options.OutputFolder, [options.InputFolder, options.ThemeFolder], WorkspaceFolders(), _diagnostics);
        if (staging is null)
        {
            return Result(archive.Digests.Count, 0, 0);
        }

        var links = new LinkCheck(plan.Url);
        var files = Timed("render pages", () => RenderPages(plan, theme, staging, links));
        files += Timed("write site", () => WriteSite(plan, staging, links));
        if (!_diagnostics.HasErrors && pagefind is not null)
        {
            Timed("index search", () => IndexSearch(pagefind, plan, staging));
        }

        if (!_diagnostics.HasErrors)
        {
            Timed("swap into output", staging.Commit);
        }

        return Result(archive.Digests.Count, plan.Pages.Count, files);
    }

    private SiteInput? ReadInput() => Timed("read input", () =>
    {
        Log("Reading input");
        return InputReader.Read(options.InputFolder, options.Drafts, _diagnostics);
    });

    private Archive? BuildArchive(SiteInput? input) => input is null ? null : Timed("build archive", () =>
    {
        Log("Checking the archive");
        var settings = options.BaseUrl is null ? input.Settings : input.Settings.WithBaseUrl(options.BaseUrl);
        return ArchiveBuilder.Build(input with { Settings = settings }, options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow), _diagnostics);
    });

    private PagePlan PlanPages(Archive archive) => PagePlan.Create(archive, withSearch: options.Search, _diagnostics);

    /// <summary>Stage 4: renders every page in parallel and streams each one to the staging folder as it is done.</summary>
    private int RenderPages(PagePlan plan, Theme theme, StagingFolder staging, LinkCheck links)
    {
        var assets = AssetFingerprints.Copy(theme.AssetsPath, staging, SitePaths.Assets);
        foreach (var asset in assets.Values)
        {
            links.AddFile(SitePaths.Assets + asset);
        }

        var renderer = new PageRenderer(theme, new SiteViews(plan, options.Search), new RenderContext(plan.Url, assets));
        var done = 0;
        Parallel.ForEach(plan.Pages, page =>
        {
            if (renderer.Render(page, _diagnostics) is { } html)
            {
                staging.Write(page.OutputFile, html);
                links.AddFile(page.OutputFile);
                links.AddPage(page.Path, html);
            }

            var count = Interlocked.Increment(ref done);
            if (count % 500 == 0 || count == plan.Pages.Count)
            {
                progress?.Report(new BuildProgress("Rendering pages", count, plan.Pages.Count));
            }
        });

        return plan.Pages.Count + assets.Count;
    }

    /// <summary>Stage 5: feeds, sitemap, robots.txt and open data beside the pages; then every internal link is checked.</summary>
    private int WriteSite(PagePlan plan, StagingFolder staging, LinkCheck links)
    {
        Log("Writing feeds and data");
        var written = SiteFiles.Create(plan);
        foreach (var (path, content) in written)
        {
            staging.Write(path, content);
            links.AddFile(path);
        }

        links.Report(_diagnostics, DisplayPath.Of(Path.GetFullPath(options.OutputFolder)));
        return written.Count;
    }

    /// <summary>Stage 6: the search index over the staged digest pages, before the swap.</summary>
    private void IndexSearch(string pagefind, PagePlan plan, StagingFolder staging)
    {
        Log("Indexing for search");
        SearchIndex.Build(pagefind, staging.Root, plan, _diagnostics);
    }

    private void Log(string message) => progress?.Report(new BuildProgress(message, 0, 1));

    private List<string> WorkspaceFolders() => WorkspaceFolders(options.InputFolder);

    /// <summary>The working folder and the repository around the input: an output folder may sit inside them but never replace them.</summary>
    internal static List<string> WorkspaceFolders(string inputFolder)
    {
        var folders = new List<string> { Environment.CurrentDirectory };
        for (var dir = new DirectoryInfo(Path.GetFullPath(inputFolder)); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                folders.Add(dir.FullName);
                break;
            }
        }

        return folders;
    }

    private T Timed<T>(string stage, Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        _timings.Add((stage, clock.Elapsed));
        return result;
    }

    private void Timed(string stage, Action run) => Timed(stage, () => { run(); return 0; });

    private BuildResult Result(int digests, int pages, int files) =>
        new(_diagnostics.ToSortedList(), digests, pages, files, _timings);
}
