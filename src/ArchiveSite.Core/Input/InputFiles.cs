namespace ArchiveSite.Input;

/// <summary>Which files under input/ the site is made from, of which kind, with their size and write time: found by a
/// full scan, or among the paths a watcher named.</summary>
public sealed class InputFiles(string root)
{
    public enum Kind
    {
        Site,
        Tags,
        Entities,
        Digest,
        Page,
    }

    /// <summary>What tells a changed file from an unchanged one without reading it.</summary>
    public readonly record struct Stamp(long Length, DateTime Written);

    /// <summary>Every input file.</summary>
    public Dictionary<string, (Kind Kind, Stamp Stamp)> Scan()
    {
        var files = new Dictionary<string, (Kind, Stamp)>(StringComparer.Ordinal);
        foreach (var path in new[] { InputReader.SiteFile, InputReader.TagsFile, InputReader.EntitiesFile }.Select(n => Path.Combine(root, n))
            .Concat(InputReader.MarkdownFiles(Path.Combine(root, InputReader.DigestsFolder)))
            .Concat(InputReader.MarkdownFiles(Path.Combine(root, InputReader.PagesFolder))))
        {
            if (KindOf(path) is { } kind && StampOf(path) is { } stamp)
            {
                files[path] = (kind, stamp);
            }
        }

        return files;
    }

    /// <summary>The named paths that are input files: those that exist, and those that are gone.</summary>
    public (Dictionary<string, (Kind Kind, Stamp Stamp)> Present, List<string> Gone) Look(IEnumerable<string> paths)
    {
        var files = new Dictionary<string, (Kind, Stamp)>(StringComparer.Ordinal);
        var gone = new List<string>();
        foreach (var path in paths)
        {
            if (KindOf(path) is { } kind)
            {
                if (StampOf(path) is { } stamp)
                {
                    files[path] = (kind, stamp);
                }
                else
                {
                    gone.Add(path);
                }
            }
        }

        return (files, gone);
    }

    /// <summary>The kind of input file a full path is, or null for any other file (an editor's swap file, a folder).</summary>
    public Kind? KindOf(string path)
    {
        if (Path.GetDirectoryName(path) == root)
        {
            return Path.GetFileName(path) switch
            {
                InputReader.SiteFile => Kind.Site,
                InputReader.TagsFile => Kind.Tags,
                InputReader.EntitiesFile => Kind.Entities,
                _ => null,
            };
        }

        return !path.EndsWith(".md", StringComparison.Ordinal) ? null
            : path.StartsWith(Path.Combine(root, InputReader.DigestsFolder) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? Kind.Digest
            : path.StartsWith(Path.Combine(root, InputReader.PagesFolder) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? Kind.Page
            : null;
    }

    private static Stamp? StampOf(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new Stamp(info.Length, info.LastWriteTimeUtc) : null;
    }
}
