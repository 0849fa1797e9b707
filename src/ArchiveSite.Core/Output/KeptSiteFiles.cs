namespace ArchiveSite.Output;

/// <summary>The files beside the pages for a session that keeps its state (a preview, <c>build --cache</c>): a maker
/// whose key is among the last run's is not run again, and its files stay as they are in the folder.</summary>
/// <remarks>
/// The key is a hash of what the maker makes its files from (<see cref="SiteFileKey"/>), never the maker's identity:
/// a citation whose entry did not change, a feed whose digests, title and settings did not change, the sitemap when no
/// page's address or date moved. Makers without a key (the data exports, which read the whole archive) always run; the
/// folder still writes only the files whose bytes differ.
/// </remarks>
internal static class KeptSiteFiles
{
    /// <summary>Runs the makers (on every core, in order) whose key is not in <paramref name="previous"/>, writing what they make into <paramref name="folder"/>.</summary>
    /// <returns>Every site file of the makers, in their order; the keys to keep (key → its files); how many files were made.</returns>
    public static (List<string> Paths, Dictionary<string, string[]> Keys, int Made) Write(
        IReadOnlyList<SiteFileMaker> makers, IReadOnlyDictionary<string, string[]> previous, SiteFolder folder)
    {
        var keys = new string?[makers.Count];
        var made = 0;
        var paths = SiteFiles.Run(
            makers,
            i => (keys[i] = makers[i].Key?.Invoke()) is { } key && previous.TryGetValue(key, out var kept) ? kept : null,
            file =>
            {
                file.WriteTo(folder);
                Interlocked.Increment(ref made);
            });

        var keep = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < makers.Count; i++)
        {
            if (keys[i] is { } key)
            {
                keep[key] = paths[i];
            }
        }

        return ([.. paths.SelectMany(p => p)], keep, made);
    }
}
