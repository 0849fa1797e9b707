using System.Collections.Concurrent;
using ArchiveSite.Archiving;
using ArchiveSite.Cache;
using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using ArchiveSite.Model;
using ArchiveSite.Output;
using ArchiveSite.Pages;
using ArchiveSite.Rendering;
using ArchiveSite.Search;

namespace ArchiveSite;

/// <summary>The pipeline: the stages in the order they run, over what changed since the last run. The only type that
/// knows them all. A build is one run with every file new; a preview is the same session run again on every save.</summary>
/// <remarks>
/// 1 ReadInput parses the files whose bytes changed (<see cref="InputReader"/>) → 2 BuildArchive runs whole, which is
/// cheap, reusing related digests when no edit could move them → 3 PlanPages runs whole → 4 RenderPages renders the
/// pages whose view fingerprint (<see cref="ViewFingerprint"/>) moved, the edited digests' own pages first → 5 WriteSite
/// writes feeds, sitemap and data when any page changed, checks links (<see cref="LinkIndex"/>) and removes files the
/// site no longer has → 6 search: a build hands each digest page to <see cref="SearchFeed"/> as it is rendered and
/// <see cref="SiteBuild"/> has the index written into staging before the swap; a preview runs IndexSearch in the background. Where the files go is the one difference: a build's empty staging folder, swapped
/// in by <see cref="SiteBuild"/>, or the folder a preview serves, written in place. A run with errors stops before its
/// stage writes anything, so the folder stays as the last good run left it. One run at a time.
/// </remarks>
public sealed class SiteSession
{
    private readonly BuildOptions _options;
    private readonly Uri? _origin;
    private readonly Func<DiagnosticBag, SiteFolder?> _openFolder;
    private readonly bool _keepsState;
    private readonly IProgress<BuildProgress>? _progress;
    private readonly InputReader _input;
    private readonly ThemeCache _theme;
    private readonly LinkIndex _links = new();
    private readonly HashSet<string> _themeChanges = new(StringComparer.Ordinal);
    private SiteFolder? _folder;
    private Archive? _archive;
    private volatile PagePlan? _plan;
    private IReadOnlyDictionary<string, string>? _assets;
    private string _assetsFingerprint = "";
    private (string Key, ThemeLanguage? Language, IReadOnlyList<Diagnostic> Diagnostics) _language = ("", null, []);
    private bool _contentChanged = true;
    private bool _upToDate;
    private Dictionary<string, string> _pageKeys = new(StringComparer.Ordinal);
    private HashSet<string> _files = new(StringComparer.Ordinal);
    private HashSet<string> _pageFiles = new(StringComparer.Ordinal);
    private List<string> _siteFiles = [];
    private Dictionary<string, string[]> _siteFileKeys = new(StringComparer.Ordinal);

    /// <summary>A preview session that writes the site in place into the output folder.</summary>
    /// <param name="origin">For a local preview: the site keeps its base path but is addressed at this origin (http://127.0.0.1:5080).</param>
    public SiteSession(BuildOptions options, Uri? origin = null)
        : this(options, origin, diagnostics => OpenInPlace(options, diagnostics), keepsState: true, progress: null)
    {
    }

    /// <param name="openFolder">Opens the folder to write into, once, when the first run gets as far as writing; null stops the run (it reported why).</param>
    /// <param name="keepsState">False for a one-shot build: nothing will be compared with this run, so no fingerprints are taken.</param>
    internal SiteSession(BuildOptions options, Uri? origin, Func<DiagnosticBag, SiteFolder?> openFolder, bool keepsState, IProgress<BuildProgress>? progress)
    {
        _options = options;
        _origin = origin;
        _openFolder = openFolder;
        _keepsState = keepsState;
        _progress = progress;
        // Bodies go to a temporary file as they are read, so a large archive's are not in memory all run (Utf8Store).
        _input = new InputReader(options.InputFolder, options.Drafts) { Bodies = Utf8Store.Create() };
        _theme = new ThemeCache(options.ThemeFolder);
    }

    /// <summary>The folder the site is written to.</summary>
    public string OutputFolder => Path.GetFullPath(_options.OutputFolder);

    /// <summary>The site's URL helper as of the last run that got as far as planning pages, or null before that.</summary>
    public SiteUrl? Url => _plan?.Url;

    /// <summary>The pages of the last run that got as far as planning.</summary>
    internal PagePlan? Plan => _plan;

    /// <summary>The theme's fingerprint as of the last run that loaded it.</summary>
    internal string ThemeFingerprint => _theme.Fingerprint;

    /// <summary>Values an earlier process parsed (<c>build --cache</c>), by input path and content hash: used instead of parsing the same bytes again.</summary>
    internal void ReuseParsed(Func<string, string, object?> known) => _input.Known = known;

    /// <summary>An earlier process's related digests (<c>build --cache</c>), for the first run's archive.</summary>
    internal IReadOnlyList<KeptRelated>? KeptRelated { get; set; }

    /// <summary>The related digests of the last good run's archive, to keep for a later process.</summary>
    internal List<KeptRelated>? Related() => _archive is { } archive ? Archiving.KeptRelated.Of(archive) : null;

    /// <summary>The digests and pages as last read, to keep for a later process.</summary>
    internal IEnumerable<(string Path, string Hash, object Value)> Parsed() => _input.Parsed();

    /// <summary>Continues from an earlier process's good run whose site the folder about to be written already holds (<c>build --cache</c>).</summary>
    /// <remarks>Called by the folder opener, before anything is rendered: pages whose fingerprint is unchanged are then left as they are.</remarks>
    internal void Resume(SessionState state)
    {
        _pageKeys = new Dictionary<string, string>(state.PageKeys, StringComparer.Ordinal);
        _files = state.Files.ToHashSet(StringComparer.Ordinal);
        _pageFiles = state.PageFiles.ToHashSet(StringComparer.Ordinal);
        _siteFiles = [.. state.SiteFiles];
        (_assets, _assetsFingerprint) = (state.Assets, state.AssetsFingerprint);
        _links.Restore(state.Links, state.Files);
        _siteFileKeys = new Dictionary<string, string[]>(state.SiteFileKeys, StringComparer.Ordinal);
    }

    /// <summary>What a later process needs to resume from this session's last good run.</summary>
    internal SessionState Snapshot() => new(
        new Dictionary<string, string>(_pageKeys, StringComparer.Ordinal),
        [.. _files.Order(StringComparer.Ordinal)],
        [.. _pageFiles.Order(StringComparer.Ordinal)],
        [.. _siteFiles],
        new Dictionary<string, string>(_assets ?? new Dictionary<string, string>(), StringComparer.Ordinal),
        _assetsFingerprint,
        new Dictionary<string, string[]>(_links.PageLinks, StringComparer.Ordinal))
    {
        SiteFileKeys = new Dictionary<string, string[]>(_siteFileKeys, StringComparer.Ordinal),
    };

    /// <summary>A one-shot build's search index, fed each digest page's HTML as it is rendered (stage 6 during stage 4).</summary>
    internal SearchFeed? SearchFeed { get; init; }

    /// <summary>Stages 1–2: reads and checks everything, writes nothing.</summary>
    public BuildResult Check()
    {
        var timings = new StageTimings();
        var diagnostics = new DiagnosticBag();
        var input = timings.Time("read input", () => ReadInput(null, diagnostics));
        timings.Time("build archive", () => BuildArchive(input, diagnostics));
        return new BuildResult(diagnostics.ToSortedList(), timings.All) { Input = input, Digests = input?.Digests.Count ?? 0, Changed = _input.Changed };
    }

    /// <summary>Runs stages 1–5 over what changed: reads it, renders what it affects, writes what differs.</summary>
    /// <param name="touched">Every path a file watcher saw change since the last run, or null when unknown (first run, watcher overflow): then every file is checked by size and time.</param>
    /// <param name="written">Told of each batch of files as soon as it is on disk: the edited digests' pages come first.</param>
    public BuildResult Update(IReadOnlyCollection<string>? touched = null, Action<WrittenFiles>? written = null)
    {
        var timings = new StageTimings();
        var diagnostics = new DiagnosticBag();
        var input = timings.Time("read input", () => ReadInput(touched, diagnostics));
        var themeChanges = timings.Time("load theme", () => _theme.Refresh(touched ?? [], diagnostics));
        _themeChanges.UnionWith(themeChanges);
        var changed = _input.Changed.Concat(themeChanges.Select(f => DisplayPath.Of(Path.Combine(_theme.SiteFolder, f)))).ToList();
        BuildResult Stopped(int digests = 0)
        {
            _upToDate = false;
            return new(diagnostics.ToSortedList(), timings.All) { Digests = digests, Changed = changed };
        }

        // The same bytes in every input and theme file as at the last good run: the same site, already written.
        // (A watcher reports a save twice as often as not, and every page's view would be built and hashed for nothing.)
        if (_upToDate && changed.Count == 0 && !diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.ToSortedList(), timings.All) { Digests = _archive?.Digests.Count ?? 0, Pages = _plan?.Pages.Count ?? 0 };
        }

        var archive = timings.Time("build archive", () => BuildArchive(input, diagnostics));
        if (archive is null || _theme.Theme is not { } theme || diagnostics.HasErrors)
        {
            return Stopped(archive?.Digests.Count ?? 0);
        }

        var plan = timings.Time("plan pages", () => PagePlan.Create(archive, withSearch: _options.Search));
        var language = timings.Time("load language", () => LoadLanguage(theme, archive.Settings, diagnostics));
        if (language is null || diagnostics.HasErrors)
        {
            return Stopped(archive.Digests.Count);
        }

        _folder ??= timings.Time("prepare output", () => _openFolder(diagnostics));
        if (_folder is null || diagnostics.HasErrors)
        {
            return Stopped(archive.Digests.Count);
        }

        _plan = plan;
        var report = new Reporter(plan.Url, written, StylesheetsOnly: !_contentChanged && _themeChanges.Count > 0 && _themeChanges.All(IsStylesheet));
        List<string> rendered;
        int files;
        try
        {
            var (assets, copied) = CopyAssets(_folder, theme, report);
            rendered = RenderPages(plan, theme, language, assets, report, diagnostics, timings);
            files = copied + timings.Time("write site", () => WriteSite(plan, language, rendered, report, diagnostics, timings));
        }
        catch (Exception e) when (FileSystemFailure(e) is { } failure)
        {
            // A full disk or a folder made read-only under a running preview: one diagnostic, and the next run
            // starts over, since what is on disk is no longer what this session last wrote.
            diagnostics.Add(OutputFailure.Describe(failure, OutputFolder));
            (_pageKeys, _files, _pageFiles, _assets) = (new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), null);
            _siteFileKeys = new(StringComparer.Ordinal);
            return Stopped(archive.Digests.Count);
        }

        _archive = _keepsState ? archive : null;
        _upToDate = _keepsState && !diagnostics.HasErrors;
        _contentChanged = false;
        _themeChanges.Clear();
        return new BuildResult(diagnostics.ToSortedList(), timings.All)
        {
            Allocated = timings.Allocated,
            Parts = timings.Parts,
            Digests = archive.Digests.Count,
            Pages = plan.Pages.Count,
            Rendered = rendered.Count,
            Files = rendered.Count + files,
            Changed = changed,
            Written = report.All,
        };
    }

    /// <summary>Stage 6 over the served folder. Pagefind reads the whole site, so a preview runs this in the background after an update.</summary>
    public IReadOnlyList<Diagnostic> IndexSearch()
    {
        var (plan, folder) = (_plan, _folder);
        if (!_options.Search || plan is null || folder is null)
        {
            return [];
        }

        var diagnostics = new DiagnosticBag();
        SearchIndex.Build(folder.Root, plan, diagnostics);
        return diagnostics.ToSortedList();
    }

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

    private static SiteFolder.InPlace? OpenInPlace(BuildOptions options, DiagnosticBag diagnostics) =>
        InPlaceFolder.Open(options.OutputFolder, [options.InputFolder, options.ThemeFolder], WorkspaceFolders(options.InputFolder), diagnostics) is { } folder
            ? new SiteFolder.InPlace(folder)
            : null;

    private SiteInput? ReadInput(IReadOnlyCollection<string>? touched, DiagnosticBag diagnostics)
    {
        Log("Reading input");
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

        Log("Checking the archive");
        var baseUrl = _options.BaseUrl ?? input.Settings.BaseUrl;
        var settings = input.Settings.WithBaseUrl(_origin is null ? baseUrl : new Uri(_origin, baseUrl.AbsolutePath))
            with
        { Version = _options.Version ?? input.Settings.Version };
        return ArchiveBuilder.Build(input with { Settings = settings }, _options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow), diagnostics, _archive, _archive is null ? KeptRelated : null);
    }

    /// <summary>The theme's words in the site's language, read again only when a theme file or the language changed (its
    /// warnings repeated on every run, as the theme's are).</summary>
    private ThemeLanguage? LoadLanguage(Theme theme, SiteSettings settings, DiagnosticBag diagnostics)
    {
        var key = $"{_theme.Fingerprint}\n{settings.Language}\n{settings.LanguageLocation}";
        if (_language.Key != key)
        {
            var local = new DiagnosticBag();
            _language = (key, ThemeLanguage.Load(theme.Files, settings.Language, settings.LanguageLocation, local), local.ToSortedList());
        }

        foreach (var diagnostic in _language.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return _language.Language;
    }

    /// <summary>Copies the theme's assets when the theme changed; returns their fingerprinted names and how many were copied.</summary>
    private (IReadOnlyDictionary<string, string> Assets, int Copied) CopyAssets(SiteFolder folder, Theme theme, Reporter report)
    {
        if (_assets is not null && _assetsFingerprint == _theme.Fingerprint)
        {
            return (_assets, 0);
        }

        _assets = AssetFingerprints.Copy(theme.Assets, folder, SitePaths.Assets);
        _assetsFingerprint = _theme.Fingerprint;
        report.Send(folder.TakeWritten());
        return (_assets, _assets.Count);
    }

    /// <summary>Stage 4, in parallel: first the edited digests' own pages, then every page whose view fingerprint moved.</summary>
    /// <remarks>A one-shot build takes no fingerprints: it has nothing to compare them with, so every page is rendered.</remarks>
    private List<string> RenderPages(
        PagePlan plan, Theme theme, ThemeLanguage language, IReadOnlyDictionary<string, string> assets, Reporter report, DiagnosticBag diagnostics, StageTimings timings)
    {
        var renderer = PageRenderer.For(plan, theme, assets, _options.Search, language);
        var hasher = new ViewHasher();
        var site = _keepsState ? ViewFingerprint.OfSite(hasher, renderer.Site, _theme.Fingerprint, plan.Url.Absolute(SitePaths.Home), assets) : null;
        var keys = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var done = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var attempted = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var count = 0;
        SearchFeed?.Begin(plan);
        void Render(IEnumerable<SitePage> pages, bool always)
        {
            // Handed out one at a time in the plan's order (a list would be split in halves, one per thread), so that
            // the search feed, which must pass pages on in that order, holds only the few rendered ahead of their turn.
            // With the feed, one core is left to Pagefind, whose serial parsing is then the critical path (SearchFeed.RenderThreads).
            Parallel.ForEach(Partitioner.Create(pages, EnumerablePartitionerOptions.NoBuffering), new ParallelOptions { MaxDegreeOfParallelism = SearchFeed?.RenderThreads ?? -1 }, page =>
            {
                if (!attempted.TryAdd(page.OutputFile, 0))
                {
                    return; // The edited pages' pass has rendered it (or reported why it could not).
                }

                var view = renderer.ViewOf(page);
                var key = site is null ? null : keys[page.OutputFile] = ViewFingerprint.OfPage(hasher, site, page.Layout, page.OutputFile, view);
                if ((always || key is null || _pageKeys.GetValueOrDefault(page.OutputFile) != key) && renderer.Render(page, view, diagnostics) is { } html)
                {
                    _folder!.Write(page.OutputFile, html.Span);
                    SearchFeed?.Add(page, html.Span);
                    _links.Set(plan.Url, page.Path, html.Span);
                    done[page.OutputFile] = page.Path;
                }

                if (Interlocked.Increment(ref count) % 500 == 0)
                {
                    _progress?.Report(new BuildProgress("Rendering pages", Math.Min(count, plan.Pages.Count), plan.Pages.Count));
                }
            });
            report.Send(_folder!.TakeWritten());
        }

        var edited = _archive is null
            ? []
            : plan.Pages.OfType<DigestPage>().Where(p => _input.ChangedDigests.Contains(p.Digest.Slug)).ToList<SitePage>();
        timings.Time("render edited pages", () => Render(edited, always: true));
        timings.Time("render pages", () => Render(plan.Pages, always: false));
        _progress?.Report(new BuildProgress("Rendering pages", plan.Pages.Count, plan.Pages.Count));

        if (_keepsState)
        {
            // A page not rendered again, or whose render failed, still holds what its previous key rendered.
            var pageKeys = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var page in plan.Pages)
            {
                var file = page.OutputFile;
                if (done.ContainsKey(file) || (keys.TryGetValue(file, out var key) && _pageKeys.GetValueOrDefault(file) == key))
                {
                    pageKeys[file] = keys[file];
                }
                else if (_pageKeys.TryGetValue(file, out var before))
                {
                    pageKeys[file] = before;
                }
            }

            _pageKeys = pageKeys;
        }

        return [.. done.Values];
    }

    /// <summary>Stage 5: feeds, sitemap and data when any page changed; then links are checked and files the site no longer has are removed.</summary>
    /// <returns>How many site files were written.</returns>
    private int WriteSite(PagePlan plan, ThemeLanguage language, List<string> rendered, Reporter report, DiagnosticBag diagnostics, StageTimings timings)
    {
        Log("Writing feeds and data");
        var written = 0;
        var pages = plan.Pages.Select(p => p.OutputFile).ToHashSet(StringComparer.Ordinal);
        if (_keepsState && (rendered.Count > 0 || !pages.SetEquals(_pageFiles)))
        {
            // Only the makers whose inputs moved (by key) run again; the others' files are already in the folder.
            (_siteFiles, _siteFileKeys, written) = timings.Part(
                "write site: feeds, data, citations", () => KeptSiteFiles.Write(SiteFiles.Makers(plan, language), _siteFileKeys, _folder!));
        }
        else if (rendered.Count > 0 || !pages.SetEquals(_pageFiles))
        {
            var folder = _folder!;
            _siteFiles = SiteFiles.Write(plan, language, file => file.WriteTo(folder));
            written = _siteFiles.Count;
        }

        var files = pages.Concat(_assets!.Values.Select(a => SitePaths.Assets + a)).Concat(_siteFiles).ToHashSet(StringComparer.Ordinal);
        timings.Part("write site: check links", () => _links.Check(plan.Url, plan.Pages.Select(p => p.Path), files, rendered, diagnostics, DisplayPath.Of(OutputFolder)));
        var removed = new List<string>();
        if (!_folder!.Fresh)
        {
            var previous = _files.Count == 0 ? _folder.Files(_options.Search ? [SearchIndex.OutputSubfolder + "/"] : []) : [.. _files];
            removed = _folder.Remove(previous.Where(f => !files.Contains(f)));
        }

        _files = files;
        _pageFiles = pages;
        report.Send(_folder.TakeWritten(), removed);
        return written;
    }

    // Parallel stages wrap what a writer threw.
    private static Exception? FileSystemFailure(Exception e) => e switch
    {
        AggregateException a => a.Flatten().InnerExceptions.FirstOrDefault(OutputFailure.IsFileSystem),
        _ => OutputFailure.IsFileSystem(e) ? e : null,
    };

    private void Log(string message) => _progress?.Report(new BuildProgress(message, 0, 1));

    private static bool IsStylesheet(string themeFile) =>
        themeFile.StartsWith(Theme.AssetsFolder + "/", StringComparison.Ordinal) && themeFile.EndsWith(".css", StringComparison.Ordinal);

    /// <summary>Passes each non-empty batch of written files on, and keeps them all for the run's result.</summary>
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
