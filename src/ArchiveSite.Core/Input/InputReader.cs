using System.Collections.Concurrent;
using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using ArchiveSite.Model;

namespace ArchiveSite.Input;

/// <summary>Stage 1, read input: site.yml, tags.yml, entities.yml, stories.yml, then every digest and page in parallel, each file
/// through the one boundary of <see cref="InputFile"/>.</summary>
/// <remarks>
/// The same reader serves a one-shot build (one <see cref="Read(IReadOnlyCollection{string}?, DiagnosticBag)"/> with
/// every file new) and a long-running session: it keeps each file's result with its content hash and parses again only
/// files whose bytes changed. Told which files a watcher saw change, it looks at those alone; told nothing, it scans
/// every file and reads again those whose size or write time moved. A save without edits changes nothing.
/// When each digest was added and last changed comes from git (<see cref="GitHistory"/>), read alongside the files and
/// outside their cache: a commit moves those dates without changing a byte, and a digest whose dates moved counts as changed.
/// </remarks>
public sealed class InputReader(string inputFolder, bool includeDrafts)
{
    public const string SiteFile = "site.yml";
    public const string TagsFile = "tags.yml";
    public const string EntitiesFile = "entities.yml";
    public const string StoriesFile = "stories.yml";
    public const string DigestsFolder = "digests";
    public const string PagesFolder = "pages";

    private readonly string _root = Path.GetFullPath(inputFolder);
    private readonly InputFiles _inputFiles = new(Path.GetFullPath(inputFolder));
    private readonly Dictionary<string, ReadFile> _files = new(StringComparer.Ordinal);
    private readonly GitHistory _history = new(Path.GetFullPath(inputFolder));
    private IReadOnlyList<Diagnostic> _scanDiagnostics = [];
    private List<string>? _order;

    /// <summary>Display paths of the files added, changed or removed by the last read.</summary>
    public IReadOnlyList<string> Changed { get; private set; } = [];

    /// <summary>Slugs of the digest files added or changed by the last read: a preview renders their pages first.</summary>
    public IReadOnlySet<string> ChangedDigests { get; private set; } = new HashSet<string>();

    /// <summary>Values an earlier process parsed, by the file's path relative to the input folder and its content hash
    /// (<c>build --cache</c>); null, or a null answer, parses the file.</summary>
    internal Func<string, string, object?>? Known { get; set; }

    /// <summary>Where digests' rendered bodies are kept while the run holds them (<see cref="Utf8Store"/>); null keeps them in memory.</summary>
    internal Utf8Store? Bodies { get; init; }

    /// <summary>Every digest and page as last read whose bytes gave no diagnostics: path relative to the input folder, content hash, value.</summary>
    internal IEnumerable<(string Path, string Hash, object Value)> Parsed() =>
        _files
            .Where(f => f.Value is { Hash.Length: > 0, Diagnostics.Count: 0, Value: Digest or Page })
            .Select(f => (Relative(f.Key), f.Value.Hash, f.Value.Value!));

    /// <summary>Reads <paramref name="inputFolder"/> once; returns null when site.yml is missing or unusable.</summary>
    public static SiteInput? Read(string inputFolder, bool includeDrafts, DiagnosticBag diagnostics) =>
        new InputReader(inputFolder, includeDrafts).Read(null, diagnostics);

    /// <summary>Reads again what changed and returns the whole input; every file's diagnostics, kept ones included, go to <paramref name="diagnostics"/>.</summary>
    /// <param name="touched">Full paths a watcher reported (read again even when size and time look unchanged), or null to scan every file.</param>
    public SiteInput? Read(IReadOnlyCollection<string>? touched, DiagnosticBag diagnostics)
    {
        var named = touched?.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var (present, gone) = named is null || _order is null || named.Any(IsFolder) ? Scan() : _inputFiles.Look(named);
        var changed = new List<string>();
        var changedDigests = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in gone.Where(_files.ContainsKey))
        {
            changed.Add(_files[path].DisplayPath);
            _files.Remove(path);
            _order = null;
        }

        // A plain loop: LINQ's ToList of a struct grows through an ArrayPool of that struct, which every full collection then trims.
        var stale = new List<KeyValuePair<string, (InputFiles.Kind Kind, InputFiles.Stamp Stamp)>>();
        foreach (var p in present)
        {
            if (!_files.TryGetValue(p.Key, out var kept) || kept.Stamp != p.Value.Stamp || named?.Contains(p.Key) == true)
            {
                stale.Add(p);
            }
        }

        var fresh = new ConcurrentBag<(string Path, ReadFile File)>();
        var datesBefore = _history.Files;
        var history = Task.Run(_history.Refresh); // git runs while the files are parsed
        var workingFolder = Environment.CurrentDirectory;
        Parallel.ForEach(stale, file => fresh.Add((file.Key, ReadOne(file.Key, file.Value.Kind, file.Value.Stamp, workingFolder))));
        foreach (var (path, file) in fresh)
        {
            var previous = _files.GetValueOrDefault(path);
            if (previous is null)
            {
                _order = null;
            }

            // The content hash decides: a file read again with the same bytes has the same value.
            if (previous is null || previous.Hash != file.Hash || previous.Hash.Length == 0)
            {
                changed.Add(file.DisplayPath);
                if (file.Kind == InputFiles.Kind.Digest)
                {
                    changedDigests.Add(file.Slug);
                }
            }

            _files[path] = file;
        }

        if (history.GetAwaiter().GetResult())
        {
            foreach (var file in _files.Values.Where(f => f.Value is Digest d && datesBefore.GetValueOrDefault(d.SourcePath) != _history.Files.GetValueOrDefault(d.SourcePath)))
            {
                if (changedDigests.Add(file.Slug))
                {
                    changed.Add(file.DisplayPath);
                }
            }
        }

        Changed = [.. changed.Order(StringComparer.Ordinal)];
        ChangedDigests = changedDigests;
        return Assemble(diagnostics);
    }

    private (Dictionary<string, (InputFiles.Kind Kind, InputFiles.Stamp Stamp)> Present, List<string> Gone) Scan()
    {
        var (present, diagnostics) = _inputFiles.Scan();
        _scanDiagnostics = diagnostics;
        return (present, [.. _files.Keys.Where(f => !present.ContainsKey(f))]);
    }

    private ReadFile ReadOne(string path, InputFiles.Kind kind, InputFiles.Stamp stamp, string workingFolder)
    {
        var previous = _files.GetValueOrDefault(path);
        var relative = Relative(path);
        var display = DisplayPath.Of(path, workingFolder);
        var known = Known is { } lookup && kind is InputFiles.Kind.Digest or InputFiles.Kind.Page ? hash => lookup(relative, hash) : (Func<string, object?>?)null;
        var result = InputFile.Read(path, display, _root, (text, display, diagnostics) => kind switch
        {
            InputFiles.Kind.Site => SiteSettingsReader.Read(text, display, diagnostics),
            InputFiles.Kind.Tags => TagReader.Read(text, display, diagnostics),
            InputFiles.Kind.Entities => EntityReader.Read(text, display, diagnostics),
            InputFiles.Kind.Stories => StoryReader.Read(text, display, diagnostics),
            InputFiles.Kind.Digest => DigestReader.Read(text, relative, display, diagnostics, Bodies),
            _ => PageReader.Read(text, relative, display, diagnostics),
        }, known, stamp.Length);

        // Same bytes as before: keep the value read then, so that nothing downstream sees a change.
        return previous is not null && result.Hash.Length > 0 && previous.Hash == result.Hash
            ? previous with { Stamp = stamp }
            : new ReadFile(kind, stamp, result.Hash, display, result.Value is Digest d && d.ContentHash != result.Hash ? d with { ContentHash = result.Hash } : result.Value, result.Diagnostics);
    }

    private string Relative(string path) =>
        (InputFiles.IsInside(_root, path) ? path[(_root.TrimEnd(Path.DirectorySeparatorChar).Length + 1)..] : Path.GetRelativePath(_root, path)).Replace(Path.DirectorySeparatorChar, '/');

    private SiteInput? Assemble(DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in _scanDiagnostics.Concat(_history.Diagnostics))
        {
            diagnostics.Add(diagnostic);
        }

        foreach (var required in new[] { SiteFile, TagsFile })
        {
            var path = Path.Combine(_root, required);
            if (!_files.ContainsKey(path))
            {
                diagnostics.Add(DiagnosticCodes.MissingFile, SourceLocation.StartOf(DisplayPath.Of(path)), required);
            }
        }

        _order ??= [.. _files.Keys.Order(StringComparer.Ordinal)];
        var digests = new List<Digest>();
        var digestFiles = new List<(string, string)>();
        var pages = new List<Page>();
        foreach (var path in _order)
        {
            var file = _files[path];
            foreach (var diagnostic in file.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            if (file.Kind == InputFiles.Kind.Digest)
            {
                digestFiles.Add((file.Slug, file.DisplayPath));
            }

            if (file.Value is Digest digest && (includeDrafts || !digest.Draft))
            {
                digests.Add(_history.Files.TryGetValue(digest.SourcePath, out var dates) ? digest with { Added = dates.Added, LastCommit = dates.LastCommit } : digest);
            }
            else if (file.Value is Page page)
            {
                pages.Add(page);
            }
        }

        var settings = ValueOf<SiteSettings>(SiteFile);
        return settings is null
            ? null
            : new SiteInput(
                settings,
                ValueOf<IReadOnlyList<Tag>>(TagsFile) ?? [],
                ValueOf<IReadOnlyList<Entity>>(EntitiesFile) ?? [],
                digests, pages, digestFiles,
                DisplayPath.Of(Path.Combine(_root, TagsFile)))
            {
                Stories = ValueOf<IReadOnlyList<Story>>(StoriesFile) ?? [],
                StoriesPath = DisplayPath.Of(Path.Combine(_root, StoriesFile)),
            };
    }

    private T? ValueOf<T>(string name)
        where T : class => _files.GetValueOrDefault(Path.Combine(_root, name))?.Value as T;

    // A touched folder (renamed, moved or deleted with the files in it) needs a full scan to see what it held.
    private bool IsFolder(string path) =>
        Directory.Exists(path) || _files.Keys.Any(f => InputFiles.IsInside(path, f));

    /// <summary>One input file as last read: its stamp, content hash, value and diagnostics.</summary>
    private sealed record ReadFile(
        InputFiles.Kind Kind, InputFiles.Stamp Stamp, string Hash, string DisplayPath, object? Value, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public string Slug { get; } = System.IO.Path.GetFileNameWithoutExtension(DisplayPath);
    }
}
