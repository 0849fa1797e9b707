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
        var results = makers.AsParallel().AsOrdered().Select(maker =>
        {
            var key = maker.Key?.Invoke();
            if (key is not null && previous.TryGetValue(key, out var kept))
            {
                return (Key: key, Paths: kept, Made: 0);
            }

            var paths = new List<string>();
            foreach (var (path, content) in maker.Make())
            {
                folder.Write(path, content);
                paths.Add(path);
            }

            return (Key: key, Paths: paths.ToArray(), Made: paths.Count);
        }).ToList();

        var keys = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, paths, _) in results)
        {
            if (key is not null)
            {
                keys[key] = paths;
            }
        }

        return ([.. results.SelectMany(r => r.Paths)], keys, results.Sum(r => r.Made));
    }
}
