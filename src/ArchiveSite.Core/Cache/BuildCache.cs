using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using ArchiveSite.Archiving;
using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using ArchiveSite.Output;

namespace ArchiveSite.Cache;

/// <summary><c>build --cache DIR</c>: what one build leaves for the next, so that the next process resumes the session
/// instead of starting it over: the input files' parsed values by content hash, each page's view fingerprint, the
/// site's files and links, and the site as written.</summary>
/// <remarks>
/// The folder holds <c>manifest.json</c>, which names the data files and the site folder of one good build and what
/// they must hold (length and hash). It is removed before anything it names changes and written again last, in one
/// rename, so a build killed while saving leaves a folder that is recognised as incomplete, never trusted half done.
/// A cache written by another build of the tool is ignored whole; one whose theme or options differ keeps only the
/// parsed input; anything unreadable is ignored. Each case is a warning and a full build, never an error or another site.
/// Only names this class makes are ever deleted in the folder.
/// </remarks>
internal sealed class BuildCache
{
    /// <summary>The layout of the folder; a manifest of another format is ignored.</summary>
    public const int Format = 4;

    private const string ManifestName = "manifest.json";
    private static readonly string[] OwnPrefixes = ["site-", "inputs-", "state-", "related-", "manifest.json."];

    private readonly string _root;
    private readonly string _display;
    private readonly string _input;
    private CacheManifest? _manifest;
    private Dictionary<string, ParsedInputs.Entry>? _inputs;
    private StoredState? _state;
    private List<KeptRelated>? _related;
    private byte[]? _manifestBytes;
    private string? _takenInto;

    private BuildCache(string root, string input)
    {
        _root = root;
        _display = DisplayPath.Of(root);
        _input = input;
    }

    /// <summary>This build of the tool: its version and the identity of the compiled pipeline (deterministic builds
    /// give the same identity to the same source, and a new one to any change).</summary>
    public static string Tool { get; } =
        $"{typeof(BuildCache).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?"} {typeof(BuildCache).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>The full path of the folder that holds the previous site, once <see cref="Resume"/> said it may be used.</summary>
    public string SitePath => Path.Combine(_root, _manifest?.SiteFolder ?? throw new InvalidOperationException("no cached site"));

    /// <summary>The files the cached site holds, once the cache was read; null when it holds no usable site.</summary>
    public IReadOnlyCollection<string>? SiteFiles => _manifest is not null && _state is not null ? _state.Session.Files : null;

    /// <summary>The previous build's related digests and what they were scored from, or null.</summary>
    public IReadOnlyList<KeptRelated>? Related => _related;

    /// <summary>Opens the cache folder and reads what it holds; null when the folder cannot be used at all (reported).</summary>
    /// <param name="protectedFolders">Output, input and theme: the cache may be none of them, lie inside none and hold none.</param>
    public static BuildCache? Open(string folder, string inputFolder, IReadOnlyList<string> protectedFolders, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(folder);
        var input = Path.GetFullPath(inputFolder);
        var at = SourceLocation.StartOf(DisplayPath.Of(root));
        foreach (var other in protectedFolders.Select(Path.GetFullPath))
        {
            var problem = other == root || InputFiles.IsInside(other, root) ? $"it is or lies inside {DisplayPath.Of(other)}"
                : InputFiles.IsInside(root, other) ? $"it holds {DisplayPath.Of(other)}"
                : null;
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticCodes.CacheFolderUnsafe, at, DisplayPath.Of(root), problem);
                return null;
            }
        }

        var cache = new BuildCache(root, $"{input} {DisplayPath.Of(input)}");
        cache.Load(diagnostics);
        return cache;
    }

    /// <summary>The value parsed from the file at <paramref name="path"/> (relative to the input folder) when it had these bytes, or null.</summary>
    public object? Known(string path, string hash) => _inputs?.GetValueOrDefault(path) is { } entry && entry.Hash == hash ? entry.Value : null;

    /// <summary>The previous build's session state and files when its pages were rendered with <paramref name="key"/>; otherwise null (reported when it differs).</summary>
    public StoredState? Resume(SiteKey key, DiagnosticBag diagnostics)
    {
        if (_manifest is null || _state is null)
        {
            return null;
        }

        if (_manifest.Site.Difference(key) is { } difference)
        {
            diagnostics.Add(DiagnosticCodes.CacheForOtherSite, SourceLocation.StartOf(_display), _display, difference);
            return null;
        }

        return Directory.Exists(SitePath) ? _state : null;
    }

    /// <summary>Moves the cached site's files into <paramref name="stagingRoot"/> (a rename per top-level entry, no file
    /// touched), once <see cref="SiteTwins.Are"/> found the output folder to be its twin: the previous output, swapped
    /// out by this build, then becomes the cache's next site (<see cref="Save"/>). Until then the folder holds no cache.</summary>
    /// <returns>False when nothing was moved (another disk): the caller links the files instead.</returns>
    public bool Take(string stagingRoot)
    {
        var site = SitePath;
        var manifest = Path.Combine(_root, ManifestName);
        _manifestBytes = File.ReadAllBytes(manifest);
        var entries = Directory.EnumerateFileSystemEntries(site).ToList();
        File.Delete(manifest); // From here until Save or Restore, the folder is not a cache.
        var moved = 0;
        try
        {
            foreach (var entry in entries)
            {
                Move(entry, Path.Combine(stagingRoot, Path.GetFileName(entry)));
                moved++;
            }
        }
        catch (IOException) when (moved == 0)
        {
            File.WriteAllBytes(manifest, _manifestBytes); // Nothing moved: the cache is as it was.
            return false;
        }

        _takenInto = stagingRoot;
        return true;
    }

    /// <summary>After a build that took the cached site (<see cref="Take"/>) and then failed before its swap: puts the site
    /// back as it was, from the output folder (the previous site's twin), and the manifest with it. Best effort: anything
    /// that goes wrong leaves the folder without a manifest, which the next build reports and does not trust.</summary>
    public void Restore(CachedFolder folder, string outputFolder)
    {
        if (_takenInto is not { } staging || _manifestBytes is null || _state is null)
        {
            return;
        }

        _takenInto = null;
        try
        {
            var site = SitePath;
            foreach (var entry in Directory.EnumerateFileSystemEntries(staging).Where(e => Path.GetFileName(e) != OutputPolicy.MarkerFile).ToList())
            {
                Move(entry, Path.Combine(site, Path.GetFileName(entry)));
            }

            var before = _state.Session.Files.ToHashSet(StringComparer.Ordinal);
            var output = Path.GetFullPath(outputFolder);
            foreach (var changed in folder.Written.Concat(folder.Removed).Distinct(StringComparer.Ordinal))
            {
                if (before.Contains(changed))
                {
                    SiteLinks.Replace(Path.Combine(output, changed), Path.Combine(site, changed));
                }
                else
                {
                    SiteLinks.Remove(site, changed);
                }
            }

            // Only a site that lists exactly as before is trusted again (a write cut short can leave a temporary file).
            if (SiteTwins.ListFiles(site).ToHashSet(StringComparer.Ordinal).SetEquals(before))
            {
                var manifest = Path.Combine(_root, ManifestName);
                File.WriteAllBytes($"{manifest}.restored", _manifestBytes);
                File.Move($"{manifest}.restored", manifest, overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left without a manifest: the next build says so and builds in full.
        }
    }

    /// <summary>Stores this build, after its site is in place: the files it wrote (or, after a full build, the whole site)
    /// are linked from the output folder into the cache's site folder, then the data files, then the manifest.</summary>
    /// <param name="resumed">True when the build started from <see cref="Resume"/>'s state: the cached site is brought up to date in place.</param>
    public void Save(
        SessionState session, CachedFolder folder, string outputFolder, SiteKey key, bool resumed,
        IEnumerable<(string Path, string Hash, object Value)> parsed, List<KeptRelated>? related, DiagnosticBag diagnostics, string? previous = null)
    {
        try
        {
            var output = Path.GetFullPath(outputFolder);
            var generation = Guid.NewGuid().ToString("N")[..12];
            Directory.CreateDirectory(_root);
            var manifest = Path.Combine(_root, ManifestName);
            string site;
            if (resumed && _manifest is not null && _takenInto is not null)
            {
                // The cached site is now the output; the previous output, its twin, becomes the next cached site.
                _takenInto = null;
                site = $"site-{generation}";
                KeepPrevious(previous, output, Path.Combine(_root, site), session, folder);
            }
            else if (resumed && _manifest is not null)
            {
                File.Delete(manifest); // From here until the new manifest, the folder is not a cache.
                site = _manifest.SiteFolder;
                foreach (var removed in folder.Removed)
                {
                    File.Delete(Path.Combine(_root, site, removed));
                }

                foreach (var written in folder.Written)
                {
                    SiteLinks.Replace(Path.Combine(output, written), Path.Combine(_root, site, written));
                }
            }
            else
            {
                site = $"site-{generation}";
                SiteLinks.Link(output, Path.Combine(_root, site), session.Files);
            }

            var files = parsed.ToList();
            var stored = Task.Run(() => WriteData($"state-{generation}.bin", StateFile.Write(
                new StoredState(session, new Dictionary<string, string>(folder.Hashes, StringComparer.Ordinal)), _manifest?.State.Length ?? 0)));
            var relatedFile = related is null ? null : Task.Run(() => WriteData($"related-{generation}.bin", RelatedFile.Write(related, _manifest?.Related?.Length ?? 0)));
            var inputs = WriteInputs(files, generation);
            var state = stored.GetAwaiter().GetResult();
            var next = new CacheManifest(Format, Tool, _input, key, site, inputs, state) { Related = relatedFile?.GetAwaiter().GetResult() };
            var temporary = $"{manifest}.{generation}";
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(next, ParsedInputs.Options));
            File.Move(temporary, manifest, overwrite: true);
            _manifest = next;
            RemoveOthers(next);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException or AggregateException)
        {
            diagnostics.Add(DiagnosticCodes.CacheNotSaved, SourceLocation.StartOf(_display), _display, e.Message);
        }
    }

    /// <summary>Makes <paramref name="site"/> the new site's twin from the previous output (<paramref name="previous"/>, the old
    /// cached site's twin): one rename, then only the files this build wrote or removed. Where the rename cannot be made
    /// (the cache on another disk), the previous output is deleted and the new site linked in full.</summary>
    private static void KeepPrevious(string? previous, string output, string site, SessionState session, CachedFolder folder)
    {
        if (previous is not null && Directory.Exists(previous))
        {
            try
            {
                Directory.Move(previous, site);
            }
            catch (IOException)
            {
                FolderDeletion.Delete(previous);
            }
        }

        if (!Directory.Exists(site))
        {
            SiteLinks.Link(output, site, session.Files);
            return;
        }

        File.Delete(Path.Combine(site, OutputPolicy.MarkerFile));
        foreach (var removed in folder.Removed)
        {
            SiteLinks.Remove(site, removed);
        }

        foreach (var written in folder.Written)
        {
            SiteLinks.Replace(Path.Combine(output, written), Path.Combine(site, written));
        }
    }

    private static void Move(string from, string to)
    {
        if (Directory.Exists(from))
        {
            Directory.Move(from, to);
        }
        else
        {
            File.Move(from, to);
        }
    }

    private void Load(DiagnosticBag diagnostics)
    {
        var at = SourceLocation.StartOf(_display);
        var manifest = Path.Combine(_root, ManifestName);
        if (!File.Exists(manifest))
        {
            // Our own files without a manifest: a build was killed while it saved. Nothing there is trusted.
            if (Directory.Exists(_root) && Directory.EnumerateFileSystemEntries(_root).Any(e => IsOwn(Path.GetFileName(e))))
            {
                diagnostics.Add(DiagnosticCodes.CacheUnreadable, at, _display, "an earlier build stopped while saving it");
            }

            return;
        }

        try
        {
            // Which tool wrote it is read first, on its own: another format's manifest need not parse as this one's.
            var bytes = File.ReadAllBytes(manifest);
            var head = JsonSerializer.Deserialize<ManifestHead>(bytes, ParsedInputs.Options) ?? throw new JsonException("an empty manifest");
            if (head.Format != Format || head.Tool != Tool)
            {
                diagnostics.Add(DiagnosticCodes.CacheFromOtherTool, at, _display, head.Format != Format ? $"format {head.Format}" : head.Tool, Tool);
                return;
            }

            var read = JsonSerializer.Deserialize<CacheManifest>(bytes, ParsedInputs.Options) ?? throw new JsonException("an empty manifest");

            if (read.Input != _input)
            {
                diagnostics.Add(DiagnosticCodes.CacheUnreadable, at, _display, $"it was made from another input folder ({read.Input})");
                return;
            }

            // The state and the input's shards are read side by side, on every core.
            if (read.Inputs is not { Count: ParsedInputs.Shards })
            {
                throw new JsonException($"the manifest names {read.Inputs?.Count ?? 0} input files");
            }

            var state = Task.Run(() => StateFile.Read(ReadData(read.State)));
            var related = read.Related is { } relatedFile ? Task.Run<List<KeptRelated>?>(() => RelatedFile.Read(ReadData(relatedFile))) : Task.FromResult<List<KeptRelated>?>(null);
            var shards = new Dictionary<string, ParsedInputs.Entry>[ParsedInputs.Shards];
            Parallel.For(0, ParsedInputs.Shards, i => shards[i] = ParsedInputs.Read(ReadData(read.Inputs[i])));
            var inputs = new Dictionary<string, ParsedInputs.Entry>(shards.Sum(s => s.Count), StringComparer.Ordinal);
            foreach (var (i, shard) in shards.Index())
            {
                foreach (var (path, entry) in shard)
                {
                    inputs[path] = ParsedInputs.ShardOf(path) == i ? entry : throw new JsonException($"{path} is in the wrong input file");
                }
            }

            (_manifest, _inputs, _state, _related) = (read, inputs, state.GetAwaiter().GetResult(), related.GetAwaiter().GetResult());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException or ArgumentException or InvalidDataException or AggregateException or FormatException or UriFormatException)
        {
            diagnostics.Add(DiagnosticCodes.CacheUnreadable, at, _display, e.Message);
        }
    }

    private byte[] ReadData(CacheFile file)
    {
        if (!IsOwn(file.Name) || file.Name.Contains('/', StringComparison.Ordinal) || file.Name.Contains('\\', StringComparison.Ordinal))
        {
            throw new JsonException($"the manifest names '{file.Name}'");
        }

        var bytes = File.ReadAllBytes(Path.Combine(_root, file.Name));
        if (bytes.Length != file.Length || Convert.ToHexString(SHA256.HashData(bytes)) != file.Sha256)
        {
            throw new JsonException($"{file.Name} is not what the manifest says it holds (truncated or changed)");
        }

        return bytes;
    }

    private CacheFile WriteData(string name, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(_root, name), bytes);
        return new CacheFile(name, bytes.Length, Convert.ToHexString(SHA256.HashData(bytes)));
    }

    /// <summary>Writes each shard of the parsed input whose files or hashes differ from the cached shard's; keeps the others' files.</summary>
    private List<CacheFile> WriteInputs(List<(string Path, string Hash, object Value)> files, string generation)
    {
        var shards = new List<(string Path, string Hash, object Value)>[ParsedInputs.Shards];
        for (var i = 0; i < shards.Length; i++)
        {
            shards[i] = [];
        }

        foreach (var file in files)
        {
            shards[ParsedInputs.ShardOf(file.Path)].Add(file);
        }

        var counts = new int[ParsedInputs.Shards];
        foreach (var path in _inputs?.Keys ?? Enumerable.Empty<string>())
        {
            counts[ParsedInputs.ShardOf(path)]++;
        }

        var written = new CacheFile[ParsedInputs.Shards];
        Parallel.For(0, ParsedInputs.Shards, i =>
        {
            var same = _manifest is { Inputs.Count: ParsedInputs.Shards } && _inputs is not null && shards[i].Count == counts[i]
                && shards[i].All(f => _inputs.TryGetValue(f.Path, out var e) && e.Hash == f.Hash);
            written[i] = same ? _manifest!.Inputs[i] : WriteData($"inputs-{generation}-{i:D2}.bin", ParsedInputs.Write(shards[i], _inputs, _manifest?.Inputs.ElementAtOrDefault(i)?.Length ?? 0));
        });
        return [.. written];
    }

    private void RemoveOthers(CacheManifest kept)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(_root))
        {
            var name = Path.GetFileName(entry);
            if (!IsOwn(name) || name == kept.SiteFolder || kept.Inputs.Any(i => i.Name == name) || name == kept.State.Name || name == kept.Related?.Name)
            {
                continue;
            }

            if (Directory.Exists(entry))
            {
                FolderDeletion.Delete(entry);
            }
            else
            {
                File.Delete(entry);
            }
        }
    }

    private sealed record ManifestHead(int Format, string? Tool);

    private static bool IsOwn(string name) => OwnPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal));
}
