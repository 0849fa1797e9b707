using System.Collections.Concurrent;
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

/// <summary>A build that stays in memory for a preview: each update does the work of <see cref="SiteBuild"/> again for what changed only.</summary>
/// <remarks>
/// ReadInput parses only changed files (<see cref="InputCache"/>); BuildArchive runs whole, which is cheap, reusing
/// related digests when it may; PlanPages runs whole; RenderPages renders only pages whose <see cref="PageInputs"/>
/// moved, the edited digests' own pages first; WriteSite writes only files whose bytes changed, straight into the
/// served folder (<see cref="InPlaceFolder"/>), and removes files the site no longer has. IndexSearch is left to the
/// caller, to run in the background. One update at a time; an update with errors leaves the folder as the last one left it.
/// </remarks>
/// <param name="origin">For a local preview: the site keeps its base path but is addressed at this origin (http://127.0.0.1:5080).</param>
public sealed class SiteSession(BuildOptions options, Uri? origin = null)
{
    private readonly InputCache _input = new(options.InputFolder, options.Drafts);
    private readonly ThemeCache _theme = new(options.ThemeFolder);
    private readonly HashSet<string> _themeChanges = new(StringComparer.Ordinal);
    private InPlaceFolder? _folder;
    private Archive? _archive;
    private volatile PagePlan? _plan;
    private IReadOnlyDictionary<string, string>? _assets;
    private string _assetsFingerprint = "";
    private bool _contentChanged = true;
    private Dictionary<string, string> _pageKeys = new(StringComparer.Ordinal);
    private readonly PageLinks _pageLinks = new();
    private HashSet<string> _files = new(StringComparer.Ordinal);
    private HashSet<string> _pageFiles = new(StringComparer.Ordinal);
    private List<string> _siteFiles = [];

    /// <summary>The folder the site is written to.</summary>
    public string OutputFolder => Path.GetFullPath(options.OutputFolder);

    /// <summary>The site's URL helper as of the last update that got as far as planning pages, or null before that.</summary>
    public SiteUrl? Url => _plan?.Url;

    /// <summary>Reads what changed, renders what it affects, writes what differs.</summary>
    /// <param name="touched">Every path a file watcher saw change since the last update, or null when unknown (first update, watcher overflow): then every file is checked by size and time.</param>
    /// <param name="written">Told of each batch of files as soon as it is on disk: the edited digests' pages come first.</param>
    public SessionUpdate Update(IReadOnlyCollection<string>? touched = null, Action<WrittenFiles>? written = null)
    {
        var timings = new List<(string, TimeSpan)>();
        var diagnostics = new DiagnosticBag();
        _folder ??= InPlaceFolder.Open(options.OutputFolder, [options.InputFolder, options.ThemeFolder], SiteBuild.WorkspaceFolders(options.InputFolder), diagnostics);
        var input = Timed(timings, "read input", () => ReadInput(touched, diagnostics));
        var themeChanges = Timed(timings, "load theme", () => _theme.Refresh(touched ?? [], diagnostics));
        _themeChanges.UnionWith(themeChanges);
        var changed = _input.Changed.Concat(themeChanges.Select(f => DisplayPath.Of(Path.Combine(_theme.Theme?.Root ?? options.ThemeFolder, f)))).ToList();
        var archive = Timed(timings, "build archive", () => BuildArchive(input, diagnostics));
        if (_folder is null || archive is null || _theme.Theme is null || diagnostics.HasErrors)
        {
            return new SessionUpdate(diagnostics.ToSortedList(), changed, [], 0, timings);
        }

        var plan = Timed(timings, "plan pages", () => PagePlan.Create(archive, withSearch: options.Search, diagnostics));
        if (diagnostics.HasErrors)
        {
            return new SessionUpdate(diagnostics.ToSortedList(), changed, [], 0, timings);
        }

        _plan = plan;
        var report = new Reporter(plan.Url, written, StylesheetsOnly: !_contentChanged && _themeChanges.Count > 0 && _themeChanges.All(IsStylesheet));
        var assets = CopyAssets(_folder, _theme.Theme, report);
        var rendered = RenderPages(plan, _theme.Theme, assets, report, diagnostics, timings);
        Timed(timings, "write site", () => WriteSite(plan, rendered, report, diagnostics));
        _archive = archive;
        _contentChanged = false;
        _themeChanges.Clear();
        return new SessionUpdate(diagnostics.ToSortedList(), changed, report.All, rendered.Count, timings);
    }

    /// <summary>Stage 6 over the served folder. Pagefind reads the whole site, so a preview runs this in the background after an update.</summary>
    public IReadOnlyList<Diagnostic> IndexSearch()
    {
        var (plan, folder) = (_plan, _folder);
        if (!options.Search || plan is null || folder is null)
        {
            return [];
        }

        var diagnostics = new DiagnosticBag();
        SearchIndex.Build(folder.Root, plan, diagnostics);
        return diagnostics.ToSortedList();
    }

    private SiteInput? ReadInput(IReadOnlyCollection<string>? touched, DiagnosticBag diagnostics)
    {
        var input = _input.Read(touched, diagnostics);
        _contentChanged |= _input.Changed.Count > 0;
        return input;
    }

    private Archive? BuildArchive(SiteInput? input, DiagnosticBag diagnostics)
    {
        if (input is null)
        {
            return null;
        }

        var baseUrl = options.BaseUrl ?? input.Settings.BaseUrl;
        var settings = input.Settings.WithBaseUrl(origin is null ? baseUrl : new Uri(origin, baseUrl.AbsolutePath));
        return ArchiveBuilder.Build(input with { Settings = settings }, options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow), diagnostics, _archive);
    }

    private IReadOnlyDictionary<string, string> CopyAssets(InPlaceFolder folder, Theme theme, Reporter report)
    {
        if (_assets is null || _assetsFingerprint != _theme.Fingerprint)
        {
            _assets = AssetFingerprints.Copy(theme.AssetsPath, folder, SitePaths.Assets);
            _assetsFingerprint = _theme.Fingerprint;
            report.Send(folder.TakeWritten());
        }

        return _assets;
    }

    /// <summary>Stage 4 for the pages whose inputs moved, in parallel: first the edited digests' own pages, then the rest.</summary>
    /// <remarks>The edited pages need no fingerprint to know they changed, so they are rendered before the fingerprints are taken.</remarks>
    private List<SitePage> RenderPages(
        PagePlan plan, Theme theme, IReadOnlyDictionary<string, string> assets, Reporter report, DiagnosticBag diagnostics, List<(string, TimeSpan)> timings)
    {
        var clock = Stopwatch.StartNew();
        var renderer = new PageRenderer(theme, new SiteViews(plan, options.Search), new RenderContext(plan.Url, assets));
        var links = new LinkCheck(plan.Url);
        var done = new ConcurrentDictionary<SitePage, List<string>>(ReferenceEqualityComparer.Instance);
        void Render(IEnumerable<SitePage> pages)
        {
            Parallel.ForEach(pages, page =>
            {
                if (renderer.Render(page, diagnostics) is { } html)
                {
                    _folder!.Write(page.OutputFile, html);
                    done[page] = links.InternalLinks(html);
                }
            });
            report.Send(_folder!.TakeWritten());
        }

        var edited = _archive is null
            ? []
            : plan.Pages.OfType<DigestPage>().Where(p => !ReferenceEquals(_archive.Find(p.Digest.Slug), p.Digest)).ToList<SitePage>();
        Render(edited);
        timings.Add(("render edited pages", clock.Elapsed));
        clock.Restart();

        var inputs = new PageInputs(plan, options.Search, _input.FingerprintOf, _theme.Fingerprint);
        var keys = new string[plan.Pages.Count];
        Parallel.For(0, keys.Length, i => keys[i] = inputs.Of(plan.Pages[i]));
        var stale = Enumerable.Range(0, keys.Length)
            .Where(i => _pageKeys.GetValueOrDefault(plan.Pages[i].OutputFile) != keys[i] && !done.ContainsKey(plan.Pages[i]))
            .Select(i => plan.Pages[i]);
        Render(stale);
        timings.Add(("render other pages", clock.Elapsed));

        var pageKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            var page = plan.Pages[i];
            if (done.TryGetValue(page, out var pageLinks))
            {
                pageKeys[page.OutputFile] = keys[i];
                _pageLinks.Set(page.Path, pageLinks);
            }
            else if (_pageKeys.TryGetValue(page.OutputFile, out var before))
            {
                pageKeys[page.OutputFile] = before; // Not rendered, or failed: the file still holds what this key rendered.
            }
        }

        _pageKeys = pageKeys;
        return [.. done.Keys];
    }

    /// <summary>Stage 5: feeds, sitemap and data when any page changed; then links are checked and files the site no longer has are removed.</summary>
    private void WriteSite(PagePlan plan, List<SitePage> rendered, Reporter report, DiagnosticBag diagnostics)
    {
        var pages = plan.Pages.Select(p => p.OutputFile).ToHashSet(StringComparer.Ordinal);
        if (rendered.Count > 0 || !pages.SetEquals(_pageFiles))
        {
            var siteFiles = SiteFiles.Create(plan);
            foreach (var (path, content) in siteFiles)
            {
                _folder!.Write(path, content);
            }

            _siteFiles = [.. siteFiles.Select(f => f.Path)];
        }

        var files = pages.Concat(_assets!.Values.Select(a => SitePaths.Assets + a)).Concat(_siteFiles).ToHashSet(StringComparer.Ordinal);
        _pageLinks.Check(plan, files, rendered.Select(p => p.Path), diagnostics, DisplayPath.Of(OutputFolder));
        var previous = _files.Count == 0 ? _folder!.Files(options.Search ? [SearchIndex.OutputSubfolder + "/"] : []) : [.. _files];
        var removed = _folder!.Remove(previous.Where(f => !files.Contains(f)));
        _files = files;
        _pageFiles = pages;
        report.Send(_folder.TakeWritten(), removed);
    }

    private static T Timed<T>(List<(string, TimeSpan)> timings, string stage, Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        timings.Add((stage, clock.Elapsed));
        return result;
    }

    private static void Timed(List<(string, TimeSpan)> timings, string stage, Action run) => Timed(timings, stage, () => { run(); return 0; });

    private static bool IsStylesheet(string themeFile) =>
        themeFile.StartsWith(Theme.AssetsFolder + "/", StringComparison.Ordinal) && themeFile.EndsWith(".css", StringComparison.Ordinal);

    /// <summary>Passes each non-empty batch of written files on, and keeps them all for the update's result.</summary>
    private sealed record Reporter(SiteUrl Url, Action<WrittenFiles>? Written, bool StylesheetsOnly)
    {
        public List<string> All { get; } = [];

        public void Send(List<string> written, List<string>? removed = null)
        {
            removed ??= [];
            if (written.Count + removed.Count > 0)
            {
                All.AddRange(written.Concat(removed));
                Written?.Invoke(new WrittenFiles(Url, written, removed, StylesheetsOnly));
            }
        }
    }
}
