using ArchiveSite.Common;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Rendering;

/// <summary>The effective theme: the built-in files overlaid, file by file, by the site's theme folder.</summary>
/// <remarks>
/// The lookup order, for every file alike (layouts, partials, assets, i18n): the site's theme folder first, then the
/// built-in theme. A file is found by its path inside the theme ("partials/footer.liquid"), so an override replaces
/// exactly one built-in file, and a file the built-in theme lacks is simply added. Deleting an override brings the
/// built-in file back.
/// </remarks>
internal sealed class ThemeFiles
{
    private readonly SortedDictionary<string, ThemeFile> _files;

    private ThemeFiles(SortedDictionary<string, ThemeFile> files) => _files = files;

    /// <summary>Every effective file by name, sorted.</summary>
    public IEnumerable<ThemeFile> All => _files.Values;

    /// <summary>The built-in theme alone.</summary>
    public static ThemeFiles BuiltIn { get; } = Layer(BuiltInTheme.Files, []);

    /// <summary>The built-in theme overlaid by <paramref name="siteFiles"/>.</summary>
    public static ThemeFiles Layer(IEnumerable<ThemeFile> builtIn, IEnumerable<ThemeFile> siteFiles)
    {
        var files = new SortedDictionary<string, ThemeFile>(StringComparer.Ordinal);
        foreach (var file in builtIn.Concat(siteFiles))
        {
            files[file.Name] = file;
        }

        return new ThemeFiles(files);
    }

    /// <summary>The built-in theme overlaid by the files of <paramref name="siteFolder"/> (none when it does not exist).</summary>
    /// <remarks>A site file outside the built-in theme's folders (theme/layout/digest.liquid) would silently do nothing: it is a warning.</remarks>
    public static ThemeFiles Load(string siteFolder, DiagnosticBag diagnostics)
    {
        var siteFiles = ReadSiteFolder(siteFolder, diagnostics);
        var folders = BuiltIn.Folders;
        foreach (var file in siteFiles.Where(f => !folders.Contains(FolderOf(f.Name))))
        {
            diagnostics.Add(
                DiagnosticCodes.ThemeFileIgnored,
                SourceLocation.StartOf(file.Origin),
                string.Join(", ", folders.Select(f => f + "/")),
                FolderOf(file.Name) is { Length: > 0 } folder ? Suggestions.DidYouMean(folder, folders) : "");
        }

        return Layer(BuiltInTheme.Files, siteFiles);
    }

    /// <summary>The top-level folders that hold files ("assets", "layouts", "partials"), sorted.</summary>
    public IReadOnlyList<string> Folders => [.. _files.Keys.Select(FolderOf).Where(f => f.Length > 0).Distinct().Order(StringComparer.Ordinal)];

    private static string FolderOf(string name) => name.IndexOf('/', StringComparison.Ordinal) is var slash and > 0 ? name[..slash] : "";

    /// <summary>The effective file named <paramref name="name"/> ("i18n/en.yml"), or null.</summary>
    public ThemeFile? Get(string name) => _files.GetValueOrDefault(name);

    /// <summary>The files directly in <paramref name="folder"/> ("layouts"), or, when <paramref name="recursive"/>, anywhere under it.</summary>
    public IEnumerable<ThemeFile> In(string folder, bool recursive = false) =>
        _files.Values.Where(f => f.Name.StartsWith(folder + "/", StringComparison.Ordinal)
            && (recursive || !f.Name.AsSpan(folder.Length + 1).Contains('/')));

    /// <summary>Reads every file of a site's theme folder, by its path inside it; a file that cannot be read is a located error.</summary>
    /// <remarks>Editor leftovers (names starting with '.' or ending with '~') are not theme files: an asset among them would otherwise be published.</remarks>
    public static List<ThemeFile> ReadSiteFolder(string siteFolder, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(siteFolder);
        var files = new List<ThemeFile>();
        if (!Directory.Exists(root))
        {
            return files;
        }

        foreach (var path in Names(root))
        {
            var name = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
            try
            {
                files.Add(new ThemeFile(name, File.ReadAllBytes(path), DisplayPath.Of(path), FromSite: true));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(DiagnosticCodes.ThemeFileUnreadable, SourceLocation.StartOf(DisplayPath.Of(path)), e.Message);
            }
        }

        return files;
    }

    /// <summary>The full paths of the site folder's theme files, sorted.</summary>
    public static IEnumerable<string> Names(string root) =>
        // The default options skip hidden files and folders (a leading '.' on Linux and macOS) and unreadable folders.
        Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true })
            .Where(p => !Path.GetFileName(p).StartsWith('.') && !p.EndsWith('~'))
            .Order(StringComparer.Ordinal);
}
