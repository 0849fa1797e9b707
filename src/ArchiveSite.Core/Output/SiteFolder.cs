using System.Buffers;
using System.Text;

namespace ArchiveSite.Output;

/// <summary>Where a session writes the site: a build's empty staging folder, or the folder a preview serves.</summary>
/// <remarks>The session is written once against this; the two ways to run it differ only in the folder they give it.</remarks>
internal abstract class SiteFolder : ISiteOutput
{
    public abstract string Root { get; }

    /// <summary>True when the folder started empty: nothing in it can be stale, and nobody waits for batches of writes.</summary>
    public abstract bool Fresh { get; }

    public void Write(string sitePath, string content) => Write(sitePath, content.AsSpan());

    public abstract void Write(string sitePath, ReadOnlySpan<byte> content);

    /// <summary>Writes the file that <paramref name="write"/> streams into the stream it is given (a large export).</summary>
    public abstract void Write(string sitePath, Action<Stream> write);

    /// <summary>Writes <paramref name="content"/> as UTF-8, encoded through a pooled buffer rather than a new array per page.</summary>
    public void Write(string sitePath, ReadOnlySpan<char> content)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(content.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(content, buffer);
            Write(sitePath, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The site paths whose bytes changed since the last call.</summary>
    public abstract List<string> TakeWritten();

    /// <summary>Every file in the folder by site path, except what lies under <paramref name="keptFolders"/>.</summary>
    public abstract List<string> Files(IReadOnlyList<string> keptFolders);

    /// <summary>Deletes files the site no longer has; returns those that existed.</summary>
    public abstract List<string> Remove(IEnumerable<string> sitePaths);

    /// <summary>A build's staging folder: every file is new, so nothing is compared, listed or removed.</summary>
    internal sealed class Staged(StagingFolder staging) : SiteFolder
    {
        public override string Root => staging.Root;

        public override bool Fresh => true;

        public override void Write(string sitePath, ReadOnlySpan<byte> content) => staging.Write(sitePath, content);

        public override void Write(string sitePath, Action<Stream> write) => staging.Write(sitePath, write);

        public override List<string> TakeWritten() => [];

        public override List<string> Files(IReadOnlyList<string> keptFolders) => [];

        public override List<string> Remove(IEnumerable<string> sitePaths) => [];
    }

    /// <summary>A preview's folder, written in place: only files whose bytes differ are written, stale ones removed.</summary>
    internal sealed class InPlace(InPlaceFolder folder) : SiteFolder
    {
        public override string Root => folder.Root;

        public override bool Fresh => false;

        public override void Write(string sitePath, ReadOnlySpan<byte> content) => folder.Write(sitePath, content);

        public override void Write(string sitePath, Action<Stream> write) => folder.Write(sitePath, write);

        public override List<string> TakeWritten() => folder.TakeWritten();

        public override List<string> Files(IReadOnlyList<string> keptFolders) => folder.Files(keptFolders);

        public override List<string> Remove(IEnumerable<string> sitePaths) => folder.Remove(sitePaths);
    }
}
