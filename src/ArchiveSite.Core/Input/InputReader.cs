using System.Collections.Concurrent;
using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using ArchiveSite.Model;

namespace ArchiveSite.Input;

/// <summary>Stage 1, read input: site.yml, tags.yml, entities.yml, then every digest and page in parallel.</summary>
public static class InputReader
{
    public const string SiteFile = "site.yml";
    public const string TagsFile = "tags.yml";
    public const string EntitiesFile = "entities.yml";
    public const string DigestsFolder = "digests";
    public const string PagesFolder = "pages";

    /// <summary>Reads <paramref name="inputFolder"/>; returns null when site.yml is missing or unusable.</summary>
    public static SiteInput? Read(string inputFolder, bool includeDrafts, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(inputFolder);
        var settings = ReadRequired(root, SiteFile, diagnostics, SiteSettingsReader.Read);
        var tags = ReadRequired(root, TagsFile, diagnostics, TagReader.Read) ?? [];
        var entitiesPath = Path.Combine(root, EntitiesFile);
        var entities = File.Exists(entitiesPath)
            ? EntityReader.Read(File.ReadAllText(entitiesPath), DisplayPath.Of(entitiesPath), diagnostics)
            : [];

        var digestFiles = MarkdownFiles(Path.Combine(root, DigestsFolder));
        var digests = new ConcurrentBag<Digest>();
        Parallel.ForEach(digestFiles, file =>
        {
            if (ReadText(file, diagnostics) is { } text
                && DigestReader.Read(text, RelativePath(root, file), DisplayPath.Of(file), diagnostics) is { } digest
                && (includeDrafts || !digest.Draft))
            {
                digests.Add(digest);
            }
        });

        var pages = new List<Page>();
        foreach (var file in MarkdownFiles(Path.Combine(root, PagesFolder)))
        {
            if (ReadText(file, diagnostics) is { } text
                && PageReader.Read(text, RelativePath(root, file), DisplayPath.Of(file), diagnostics) is { } page)
            {
                pages.Add(page);
            }
        }

        return settings is null
            ? null
            : new SiteInput(
                settings, tags, entities,
                [.. digests.OrderBy(d => d.SourcePath, StringComparer.Ordinal)],
                pages,
                [.. digestFiles.Select(f => (Path.GetFileNameWithoutExtension(f), DisplayPath.Of(f)))],
                DisplayPath.Of(Path.Combine(root, TagsFile)));
    }

    internal static string RelativePath(string root, string file) =>
        Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');

    internal static List<string> MarkdownFiles(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)]
            : [];

    private static T? ReadRequired<T>(string root, string name, DiagnosticBag diagnostics, Func<string, string, DiagnosticBag, T?> read)
        where T : class
    {
        var path = Path.Combine(root, name);
        if (!File.Exists(path))
        {
            diagnostics.Add(DiagnosticCodes.MissingFile, SourceLocation.StartOf(DisplayPath.Of(path)), name);
            return null;
        }

        return ReadText(path, diagnostics) is { } text ? read(text, DisplayPath.Of(path), diagnostics) : null;
    }

    private static string? ReadText(string path, DiagnosticBag diagnostics) => TryRead(path, File.ReadAllText, diagnostics);

    /// <summary>Runs <paramref name="read"/> on a file, turning an I/O failure into a diagnostic.</summary>
    internal static T? TryRead<T>(string path, Func<string, T> read, DiagnosticBag diagnostics)
        where T : class
    {
        try
        {
            return read(path);
        }
        catch (IOException e)
        {
            diagnostics.Add(DiagnosticCodes.UnreadableFile, SourceLocation.StartOf(DisplayPath.Of(path)), e.Message);
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Add(DiagnosticCodes.UnreadableFile, SourceLocation.StartOf(DisplayPath.Of(path)), e.Message);
            return null;
        }
    }
}
