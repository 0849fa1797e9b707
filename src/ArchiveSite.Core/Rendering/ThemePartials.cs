using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace ArchiveSite.Rendering;

/// <summary>The effective theme's partials held in memory, for Fluid's <c>include</c> and <c>render</c> tags.</summary>
/// <remarks>
/// Fluid asks its file provider for a partial every time a page includes it (to validate its template cache); with
/// the physical provider that is a file-system lookup per include, tens of thousands per build. A theme does not
/// change during a build, so the files are read once when the theme loads.
/// </remarks>
internal sealed class ThemePartials : IFileProvider
{
    private readonly Dictionary<string, PartialFile> _files;

    private ThemePartials(Dictionary<string, PartialFile> files) => _files = files;

    /// <summary>Holds <paramref name="partials"/> (the effective files directly in partials/), by file name.</summary>
    public static ThemePartials Load(IEnumerable<ThemeFile> partials)
    {
        var files = new Dictionary<string, PartialFile>(StringComparer.Ordinal);
        foreach (var file in partials)
        {
            var name = file.Name[(file.Name.LastIndexOf('/') + 1)..];

            // Each loaded theme gets its own TemplateOptions and so its own template cache: no date is needed to tell versions apart.
            files[name] = new PartialFile(name, file.Origin, file.Content, DateTimeOffset.UnixEpoch);
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
