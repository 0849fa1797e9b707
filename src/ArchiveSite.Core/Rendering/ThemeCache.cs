using System.Security.Cryptography;
using System.Text;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Rendering;

/// <summary>The theme for a long-running session: loaded again only when a file under theme/ changed, with a fingerprint of all of it.</summary>
internal sealed class ThemeCache(string themeFolder)
{
    private readonly string _root = Path.GetFullPath(themeFolder);
    private Dictionary<string, (long Length, DateTime Written)> _stamps = new(StringComparer.Ordinal);
    private Dictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private IReadOnlyList<Diagnostic> _diagnostics = [];

    /// <summary>The parsed theme, or null while it has errors.</summary>
    public Theme? Theme { get; private set; }

    /// <summary>Changes whenever any theme file's content changes.</summary>
    public string Fingerprint { get; private set; } = "";

    /// <summary>Loads the theme again if a file changed; returns the changed files ("assets/site.css"), or none.</summary>
    /// <param name="touched">Full paths a watcher reported; they are hashed again even when size and time look unchanged.</param>
    public IReadOnlyList<string> Refresh(IReadOnlyCollection<string> touched, DiagnosticBag diagnostics)
    {
        var stamps = Directory.Exists(_root)
            ? Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
                .Select(f => new FileInfo(f))
                .ToDictionary(f => Relative(f.FullName), f => (f.Length, f.LastWriteTimeUtc), StringComparer.Ordinal)
            : [];
        var changed = new List<string>();
        if (Theme is null || !SameStamps(stamps) || touched.Any(t => t.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            var hashes = stamps.Keys.ToDictionary(f => f, Hash, StringComparer.Ordinal);
            changed.AddRange(hashes.Keys.Union(_hashes.Keys)
                .Where(f => hashes.GetValueOrDefault(f) != _hashes.GetValueOrDefault(f))
                .Order(StringComparer.Ordinal));
            if (changed.Count > 0 || Theme is null)
            {
                var local = new DiagnosticBag();
                Theme = Theme.Load(_root, local);
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

    private string Hash(string relative)
    {
        try
        {
            return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(_root, relative))));
        }
        catch (IOException)
        {
            return ""; // Gone between listing and reading: the next refresh sees it.
        }
    }

    private string Relative(string path) => Path.GetRelativePath(_root, path).Replace(Path.DirectorySeparatorChar, '/');
}
