using ArchiveSite.Archiving;
using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using ArchiveSite.Model;
using ArchiveSite.Output;
using ArchiveSite.Pages;
using ArchiveSite.Rendering;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace ArchiveSite.Benchmarks;

/// <summary>Each stage of a build timed alone over a generated corpus, with its allocations, plus the whole build.</summary>
/// <remarks>
/// Stages run as SiteSession runs them, through the same entry points (in parallel where it is parallel); each gets the previous stage's output from the setup.
/// Min is shown beside the mean: on a shared machine the fastest run is the one least disturbed by other work.
/// </remarks>
[MemoryDiagnoser]
[MinColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class StageBenchmarks
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private string _input = "";
    private string _scratch = "";
    private SiteInput _read = null!;
    private PagePlan _plan = null!;
    private Theme _theme = null!;
    private ThemeLanguage _language = null!;
    private IReadOnlyDictionary<string, string> _assets = null!;
    private (string File, string Html)[] _rendered = [];

    [ParamsSource(nameof(Sizes))]
    public int Digests { get; set; }

    public static IEnumerable<int> Sizes() => Corpus.Sizes();

    [GlobalSetup]
    public void Setup()
    {
        _input = Corpus.Folder(Digests);
        _scratch = Path.Combine(Path.GetTempPath(), "archivesite-bench", $"out-{Environment.ProcessId}");
        var diagnostics = new DiagnosticBag();
        _read = InputReader.Read(_input, includeDrafts: false, diagnostics) ?? throw Failed(diagnostics);
        var archive = ArchiveBuilder.Build(_read, Today, diagnostics) ?? throw Failed(diagnostics);
        _plan = PagePlan.Create(archive, withSearch: false);
        _theme = Theme.Load(Corpus.Theme, diagnostics) ?? throw Failed(diagnostics);
        _language = ThemeLanguage.Load(_theme.Files, archive.Settings.Language, archive.Settings.LanguageLocation, diagnostics) ?? throw Failed(diagnostics);
        _assets = _theme.Assets.ToDictionary(a => a.Name, a => AssetFingerprints.Fingerprint(a.Name, a.Content), StringComparer.Ordinal);
        _rendered = RenderPages();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    /// <summary>Stage 1: every digest's front matter (YamlDotNet) and body (Markdig), in parallel.</summary>
    [Benchmark]
    public SiteInput? ReadInput() => InputReader.Read(_input, includeDrafts: false, new DiagnosticBag());

    /// <summary>Stage 2: cross-file checks, groupings and related digests.</summary>
    [Benchmark]
    public Archive? BuildArchive() => ArchiveBuilder.Build(_read, Today, new DiagnosticBag());

    /// <summary>Stage 4: every page through its Liquid layouts to HTML, in parallel, without writing.</summary>
    [Benchmark]
    public (string File, string Html)[] RenderPages()
    {
        var renderer = PageRenderer.For(_plan, _theme, _assets, search: false, _language);
        var pages = new (string, string)[_plan.Pages.Count];
        var diagnostics = new DiagnosticBag();
        Parallel.For(0, pages.Length, i => pages[i] = (_plan.Pages[i].OutputFile, renderer.RenderToString(_plan.Pages[i], renderer.ViewOf(_plan.Pages[i]), diagnostics) ?? ""));
        return pages;
    }

    /// <summary>Stage 4's views alone: the values every page's template receives, in parallel, rendered by nothing.</summary>
    [Benchmark]
    public int PageViews()
    {
        var renderer = PageRenderer.For(_plan, _theme, _assets, search: false, _language);
        var members = 0;
        Parallel.For(0, _plan.Pages.Count, i => Interlocked.Add(ref members, renderer.ViewOf(_plan.Pages[i]).Digests.Count));
        return members;
    }

    /// <summary>What a session that keeps state (<c>build --cache</c>, serve) pays for every page before it knows whether the
    /// page changed: its view and the view's fingerprint.</summary>
    [Benchmark]
    public int PageFingerprints()
    {
        var renderer = PageRenderer.For(_plan, _theme, _assets, search: false, _language);
        var hasher = new ViewHasher();
        var site = ViewFingerprint.OfSite(hasher, renderer.Site, "theme", _plan.Url.Absolute(SitePaths.Home), _assets);
        var keys = new string[_plan.Pages.Count];
        Parallel.For(0, keys.Length, i => keys[i] = ViewFingerprint.OfPage(hasher, site, _plan.Pages[i].Layout, _plan.Pages[i].OutputFile, renderer.ViewOf(_plan.Pages[i])));
        return keys.Distinct(StringComparer.Ordinal).Count();
    }

    /// <summary>Stage 5's page writes: the rendered pages into a staging folder, swapped over the previous output.</summary>
    [Benchmark]
    public int WritePages()
    {
        var diagnostics = new DiagnosticBag();
        using var staging = StagingFolder.Create(Path.Combine(_scratch, "site"), [_input, Corpus.Theme], [], diagnostics) ?? throw Failed(diagnostics);
        Parallel.ForEach(_rendered, page => staging.Write(page.File, page.Html));
        staging.Commit();
        return _rendered.Length;
    }

    /// <summary>All stages but search, as <c>archivesite build --no-search</c> runs them (over the previous output).</summary>
    [Benchmark]
    public BuildResult WholeBuild()
    {
        var result = new SiteBuild(new BuildOptions(_input, Corpus.Theme, Path.Combine(_scratch, "build"), Search: false, Today: Today)).Build();
        return result.Succeeded ? result : throw new InvalidOperationException(string.Join('\n', result.Diagnostics.Take(5)));
    }

    private static InvalidOperationException Failed(DiagnosticBag diagnostics) =>
        new("the benchmark corpus does not build:\n" + string.Join('\n', diagnostics.ToSortedList().Take(5)));
}
