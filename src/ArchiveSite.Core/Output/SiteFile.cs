namespace ArchiveSite.Output;

/// <summary>One file beside the pages as its maker made it: its bytes, or a writer that streams them into the file.</summary>
/// <remarks>The open-data exports grow with the archive (digests.json is 116 MB at 100,000 digests, the CSV tables
/// another 100 MB): made in memory, each was its text several times over (buffer, copy, string), and the write stage
/// peaked at twice the render's memory. Streamed, a file is never more than a buffer in memory.</remarks>
/// <param name="Path">The site path.</param>
/// <param name="Bytes">The file's bytes, when the maker made them in memory.</param>
/// <param name="Streamed">Writes the file's bytes into the stream it is given, when <paramref name="Bytes"/> is null.</param>
internal readonly record struct SiteFile(string Path, byte[]? Bytes, Action<Stream>? Streamed)
{
    /// <summary>A file made in memory, as most are (feeds, citations, the sitemap: a few kilobytes each).</summary>
    public static implicit operator SiteFile((string Path, byte[] Content) file) => new(file.Path, file.Content, null);

    /// <summary>A file written by <paramref name="write"/> straight into the file.</summary>
    public static SiteFile Stream(string path, Action<Stream> write) => new(path, null, write);

    /// <summary>Writes the file into <paramref name="folder"/>.</summary>
    public void WriteTo(SiteFolder folder)
    {
        if (Bytes is { } bytes)
        {
            folder.Write(Path, bytes);
        }
        else
        {
            folder.Write(Path, Streamed!);
        }
    }
}
