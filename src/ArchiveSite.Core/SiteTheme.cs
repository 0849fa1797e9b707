using ArchiveSite.Diagnostics;
using ArchiveSite.Rendering;

namespace ArchiveSite;

/// <summary>A site's theme folder next to the built-in theme, for <c>theme list</c> and <c>theme eject</c>: which
/// built-in files there are, which the site overrides, and copying built-in files out to edit.</summary>
/// <remarks>The lookup order a build uses is the same for every file: the site's theme folder first, then the built-in theme.</remarks>
public static class SiteTheme
{
    /// <summary>Every built-in file by its path in the theme ("partials/footer.liquid"), sorted.</summary>
    public static IReadOnlyList<string> BuiltInFiles => [.. BuiltInTheme.Files.Select(f => f.Name)];

    /// <summary>Each file of the effective theme and where it comes from: the built-in theme, or <paramref name="siteFolder"/>.</summary>
    public static IReadOnlyList<ThemeEntry> List(string siteFolder)
    {
        var site = ThemeFiles.ReadSiteFolder(siteFolder, new DiagnosticBag()).ToDictionary(f => f.Name, StringComparer.Ordinal);
        var builtIn = BuiltInTheme.Files.ToDictionary(f => f.Name, StringComparer.Ordinal);
        return
        [
            .. builtIn.Keys.Union(site.Keys).Order(StringComparer.Ordinal).Select(name =>
                (builtIn.GetValueOrDefault(name), site.GetValueOrDefault(name)) switch
                {
                    (not null, null) => new ThemeEntry(name, ThemeSource.BuiltIn),
                    (null, { } own) => new ThemeEntry(name, ThemeSource.SiteOnly, own.Origin),
                    var (b, s) => new ThemeEntry(name, b!.Content.AsSpan().SequenceEqual(s!.Content) ? ThemeSource.SameAsBuiltIn : ThemeSource.Overridden, s.Origin),
                }),
        ];
    }

    /// <summary>The built-in files <paramref name="names"/> stand for: a file's path, or a folder ("partials") for every file under it.</summary>
    /// <returns>The files, sorted; or null with <paramref name="unknown"/> set to the first name that matches nothing and its did-you-mean ("" for none).</returns>
    public static IReadOnlyList<string>? Resolve(IEnumerable<string> names, out (string Name, string DidYouMean)? unknown)
    {
        unknown = null;
        var files = BuiltInFiles;
        var folders = files.SelectMany(Folders).Distinct().ToList();
        var chosen = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var given in names)
        {
            var name = given.Replace('\\', '/').TrimStart('.', '/').TrimEnd('/');
            var matches = files.Where(f => f == name || f.StartsWith(name + "/", StringComparison.Ordinal)).ToList();
            if (name.Length == 0 || matches.Count == 0)
            {
                unknown = (given, Suggestions.DidYouMean(name, files.Concat(folders)));
                return null;
            }

            chosen.UnionWith(matches);
        }

        return [.. chosen];
    }

    /// <summary>Copies each built-in file of <paramref name="files"/> (as <see cref="Resolve"/> returned them) byte for byte into
    /// <paramref name="siteFolder"/>; one that is there already is kept unless <paramref name="force"/>.</summary>
    public static IReadOnlyList<EjectedFile> Eject(string siteFolder, IEnumerable<string> files, bool force)
    {
        var builtIn = BuiltInTheme.Files.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var results = new List<EjectedFile>();
        foreach (var name in files)
        {
            var target = Path.GetFullPath(Path.Combine(siteFolder, name));
            var exists = File.Exists(target);
            if (exists && !force)
            {
                results.Add(new EjectedFile(name, target, EjectOutcome.Kept));
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, builtIn[name].Content);
            results.Add(new EjectedFile(name, target, exists ? EjectOutcome.Replaced : EjectOutcome.Copied));
        }

        return results;
    }

    private static IEnumerable<string> Folders(string file)
    {
        for (var slash = file.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = file.IndexOf('/', slash + 1))
        {
            yield return file[..slash];
        }
    }
}

/// <summary>Where a theme file a build uses comes from.</summary>
public enum ThemeSource
{
    /// <summary>The built-in theme; the site has no file of that name.</summary>
    BuiltIn,

    /// <summary>The site's file, whose bytes differ from the built-in one.</summary>
    Overridden,

    /// <summary>The site's file, byte for byte the built-in one (just ejected, or this repository's own theme/).</summary>
    SameAsBuiltIn,

    /// <summary>A file only the site has (a new partial, an image).</summary>
    SiteOnly,
}

/// <summary>One file of the effective theme: its path in the theme, where it comes from, and the site's file when there is one.</summary>
public sealed record ThemeEntry(string Name, ThemeSource Source, string? SitePath = null);

/// <summary>What <c>theme eject</c> did with one file.</summary>
public enum EjectOutcome
{
    Copied,
    Replaced,
    Kept,
}

/// <summary>One built-in file that <c>theme eject</c> was asked for: where it goes and what was done.</summary>
public sealed record EjectedFile(string Name, string Path, EjectOutcome Outcome);
