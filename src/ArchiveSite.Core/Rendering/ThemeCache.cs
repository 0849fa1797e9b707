using System.Security.Cryptography;
using System.Text;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Rendering;

/// <summary>The theme for a long-running session: loaded again only when a file of the site's theme folder changed, with
/// a fingerprint of every effective file (built-in and overridden alike).</summary>
/// <remarks>The built-in files never change while the tool runs, so only the site's folder is watched: adding, editing
/// or deleting an override changes the effective theme, and deleting one brings the built-in file back.</remarks>
internal sealed class ThemeCache(string themeFolder)
{
    private readonly string _root = Path.GetFullPath(themeFolder);
    private Dictionary<string, (long Length, DateTime Written)> _stamps = new(StringComparer.Ordinal);
    private Dictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private IReadOnlyList<Diagnostic> _diagnostics = [];

    /// <summary>The site's theme folder (full path), which overrides the built-in theme; it need not exist.</summary>
    public string SiteFolder => _root;

    /// <summary>The parsed theme, or null while it has errors.</summary>
    public Theme? Theme { get; private set; }

    /// <summary>Changes whenever any effective theme file's content changes.</summary>
    public string Fingerprint { get; private set; } = "";

    /// <summary>Loads the theme again if a file changed; returns the changed effective files ("assets/site.css"), or none.</summary>
    /// <param name="touched">Full paths a watcher reported; they are hashed again even when size and time look unchanged.</param>
    public IReadOnlyList<string> Refresh(IReadOnlyCollection<string> touched, DiagnosticBag diagnostics)
    {
        var stamps = Directory.Exists(_root)
            ? ThemeFiles.Names(_root)
                .Select(f => new FileInfo(f))
                .ToDictionary(f => Relative(f.FullName), f => (f.Length, f.LastWriteTimeUtc), StringComparer.Ordinal)
            : [];
        var changed = new List<string>();
        if (Theme is null || !SameStamps(stamps) || touched.Any(t => t.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            var local = new DiagnosticBag();
            var files = ThemeFiles.Load(_root, local);
            var hashes = files.All.ToDictionary(f => f.Name, f => Convert.ToHexString(SHA256.HashData(f.Content)), StringComparer.Ordinal);
            changed.AddRange(hashes.Keys.Union(_hashes.Keys)
                .Where(f => hashes.GetValueOrDefault(f) != _hashes.GetValueOrDefault(f))
                .Order(StringComparer.Ordinal));

            // An unreadable override is an error even when the effective bytes look unchanged.
            if (changed.Count > 0 || Theme is null || local.HasErrors || _diagnostics.Count > 0)
            {
                Theme = local.HasErrors ? null : Theme.Load(files, local);
                _diagnostics = local.ToSortedList();
                Fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
                    string.Join('\n', hashes.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => $"{h.Key} {h.Value}")))));
            }

            _stamps = stamps;
            _hashes = hashes;
        }

        foreach (var diagnostic in _diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return changed;
    }

    private bool SameStamps(Dictionary<string, (long, DateTime)> stamps) =>
        stamps.Count == _stamps.Count && stamps.All(s => _stamps.TryGetValue(s.Key, out var before) && before == s.Value);

    private string Relative(string path) => Path.GetRelativePath(_root, path).Replace(Path.DirectorySeparatorChar, '/');
}
