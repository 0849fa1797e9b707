using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace ArchiveSite.Rendering;

/// <summary>The theme's partials held in memory, for Fluid's <c>include</c> and <c>render</c> tags.</summary>
/// <remarks>
/// Fluid asks its file provider for a partial every time a page includes it (to validate its template cache); with
/// the physical provider that is a file-system lookup per include, tens of thousands per build. A theme does not
/// change during a build, so the files are read once when the theme loads.
/// </remarks>
internal sealed class ThemePartials : IFileProvider
{
    private readonly Dictionary<string, PartialFile> _files;

    private ThemePartials(Dictionary<string, PartialFile> files) => _files = files;

    /// <summary>Reads every file of <paramref name="folder"/> (none when it does not exist).</summary>
    public static ThemePartials Load(string folder)
    {
        var files = new Dictionary<string, PartialFile>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var path in Directory.EnumerateFiles(folder))
            {
                var info = new FileInfo(path);
                files[info.Name] = new PartialFile(info.Name, path, File.ReadAllBytes(path), info.LastWriteTimeUtc);
            }
        }

        return new ThemePartials(files);
    }

    public IFileInfo GetFileInfo(string subpath) =>
        _files.TryGetValue(subpath.TrimStart('/'), out var file) ? file : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class PartialFile(string name, string path, byte[] content, DateTimeOffset lastModified) : IFileInfo
    {
        public bool Exists => true;

        public long Length => content.Length;

        public string? PhysicalPath => path;

        public string Name => name;

        public DateTimeOffset LastModified => lastModified;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(content, writable: false);
    }
}
