using System.Collections.Concurrent;
using System.Security.Cryptography;
using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using ArchiveSite.Model;

namespace ArchiveSite.Input;

/// <summary>Stage 1 for a long-running session: reads input/ as <see cref="InputReader"/> does, but keeps each file's
/// result and parses again only the files whose content changed since the last read.</summary>
/// <remarks>
/// Told which files a watcher saw change, it looks at those alone; told nothing, it looks at every file and reads
/// again those whose size or write time moved. Either way a file is parsed again only when its bytes differ, so a
/// save without edits changes nothing.
/// </remarks>
public sealed class InputCache(string inputFolder, bool includeDrafts)
{
    private readonly string _root = Path.GetFullPath(inputFolder);
    private readonly InputFiles _inputFiles = new(Path.GetFullPath(inputFolder));
    private readonly Dictionary<string, CachedFile> _files = new(StringComparer.Ordinal);
    private List<string>? _order;
    private Dictionary<Digest, string> _fingerprints = new(ReferenceEqualityComparer.Instance);

    /// <summary>Display paths of the files added, changed or removed by the last <see cref="Read"/>.</summary>
    public IReadOnlyList<string> Changed { get; private set; } = [];

    /// <summary>Reads again what changed and returns the whole input; every file's diagnostics, cached ones included, go to <paramref name="diagnostics"/>.</summary>
    /// <param name="touched">Full paths a watcher reported (read again even when size and time look unchanged), or null to look at every file.</param>
    public SiteInput? Read(IReadOnlyCollection<string>? touched, DiagnosticBag diagnostics)
    {
        var named = touched?.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var (present, gone) = named is null || _order is null || named.Any(IsFolder) ? Scan() : _inputFiles.Look(named);
        var changed = new List<string>();
        foreach (var path in gone.Where(_files.ContainsKey))
        {
            changed.Add(_files[path].DisplayPath);
            _files.Remove(path);
            _order = null;
        }

        var stale = present
            .Where(p => !_files.TryGetValue(p.Key, out var cached) || cached.Stamp != p.Value.Stamp || named?.Contains(p.Key) == true)
            .ToList();
        var fresh = new ConcurrentBag<(string Path, CachedFile File)>();
        Parallel.ForEach(stale, file => fresh.Add((file.Key, ReadFile(file.Key, file.Value.Kind, file.Value.Stamp))));
        foreach (var (path, file) in fresh)
        {
            if (!_files.TryGetValue(path, out var previous))
            {
                _order = null;
            }

            if (previous is null || !ReferenceEquals(previous.Value, file.Value) || previous.Hash != file.Hash)
            {
                changed.Add(file.DisplayPath);
            }

            _files[path] = file;
        }

        Changed = [.. changed.Order(StringComparer.Ordinal)];
        return Assemble(diagnostics);
    }

    /// <summary>A digest's source fingerprint: the same fingerprint means the same bytes at the same path, hence the same digest.</summary>
    public string FingerprintOf(Digest digest) => _fingerprints[digest];

    private (Dictionary<string, (InputFiles.Kind Kind, InputFiles.Stamp Stamp)> Present, List<string> Gone) Scan()
    {
        var present = _inputFiles.Scan();
        return (present, [.. _files.Keys.Where(f => !present.ContainsKey(f))]);
    }

    private CachedFile ReadFile(string path, InputFiles.Kind kind, InputFiles.Stamp stamp)
    {
        var previous = _files.GetValueOrDefault(path);
        var diagnostics = new DiagnosticBag();
        var bytes = InputReader.TryRead(path, File.ReadAllBytes, diagnostics);
        var hash = bytes is null ? "" : Convert.ToHexString(SHA256.HashData(bytes));
        if (previous is not null && bytes is not null && previous.Hash == hash)
        {
            return previous with { Stamp = stamp };
        }

        var display = DisplayPath.Of(path);
        var value = bytes is null ? null : Parse(kind, path, display, Decode(bytes), diagnostics);
        return new CachedFile(kind, stamp, hash, display, value, diagnostics.ToSortedList());
    }

    private SiteInput? Assemble(DiagnosticBag diagnostics)
    {
        foreach (var required in new[] { InputReader.SiteFile, InputReader.TagsFile })
        {
            var path = Path.Combine(_root, required);
            if (!_files.ContainsKey(path))
            {
                diagnostics.Add(DiagnosticCodes.MissingFile, SourceLocation.StartOf(DisplayPath.Of(path)), required);
            }
        }

        _order ??= [.. _files.Keys.Order(StringComparer.Ordinal)];
        var fingerprints = new Dictionary<Digest, string>(ReferenceEqualityComparer.Instance);
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
                digests.Add(digest);
                fingerprints[digest] = file.Fingerprint;
            }
            else if (file.Value is Page page)
            {
                pages.Add(page);
            }
        }

        _fingerprints = fingerprints;
        var settings = ValueOf<SiteSettings>(InputReader.SiteFile);
        return settings is null
            ? null
            : new SiteInput(
                settings,
                ValueOf<IReadOnlyList<Tag>>(InputReader.TagsFile) ?? [],
                ValueOf<IReadOnlyList<Entity>>(InputReader.EntitiesFile) ?? [],
                digests, pages, digestFiles,
                DisplayPath.Of(Path.Combine(_root, InputReader.TagsFile)));
    }

    private T? ValueOf<T>(string name)
        where T : class => _files.GetValueOrDefault(Path.Combine(_root, name))?.Value as T;

    // A touched folder (renamed, moved or deleted with the files in it) needs a full scan to see what it held.
    private bool IsFolder(string path) =>
        Directory.Exists(path) || _files.Keys.Any(f => f.StartsWith(path + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    private object? Parse(InputFiles.Kind kind, string path, string display, string text, DiagnosticBag diagnostics) => kind switch
    {
        InputFiles.Kind.Site => SiteSettingsReader.Read(text, display, diagnostics),
        InputFiles.Kind.Tags => TagReader.Read(text, display, diagnostics),
        InputFiles.Kind.Entities => EntityReader.Read(text, display, diagnostics),
        InputFiles.Kind.Digest => DigestReader.Read(text, InputReader.RelativePath(_root, path), display, diagnostics),
        _ => PageReader.Read(text, InputReader.RelativePath(_root, path), display, diagnostics),
    };

    // As File.ReadAllText decodes: UTF-8 unless a byte order mark says otherwise.
    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private sealed record CachedFile(InputFiles.Kind Kind, InputFiles.Stamp Stamp, string Hash, string DisplayPath, object? Value, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public string Slug { get; } = System.IO.Path.GetFileNameWithoutExtension(DisplayPath);

        /// <summary>The content hash and the place, which together decide the digest read from the file.</summary>
        public string Fingerprint { get; } = $"{Hash}:{DisplayPath}";
    }
}
