using ArchiveSite.Model;

namespace ArchiveSite.Archiving;

/// <summary>Finds each digest's related digests: its own <c>related</c> list, then the closest by shared organisations, sources and themes.</summary>
/// <remarks>
/// Scores come from an inverted index (organisation, source URL, theme → digests by date). Only the digests nearest
/// in time on each posting list are compared, so the cost grows linearly with the archive, not quadratically.
/// </remarks>
internal static class RelatedDigests
{
    public const int Computed = 3;
    private const int Window = 64;
    private const int EntityWeight = 3;
    private const int SourceWeight = 5;
    private const int TagWeight = 1;
    private const int MinimumScore = 3;

    /// <param name="digests">Newest first.</param>
    public static IReadOnlyDictionary<string, IReadOnlyList<Digest>> Compute(IReadOnlyList<Digest> digests, IReadOnlyDictionary<string, Entity> entities)
    {
        var bySlug = digests.Select((d, i) => (d.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        var keys = digests.Select(d => Keys(d, entities)).ToArray();
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < digests.Count; i++)
        {
            foreach (var (key, _) in keys[i])
            {
                if (!postings.TryGetValue(key, out var list))
                {
                    postings[key] = list = [];
                }

                list.Add(i);
            }
        }

        var result = new IReadOnlyList<Digest>[digests.Count];
        // Each worker keeps its score array and candidate list for all its digests: zeroed after each one, not made again.
        Parallel.For(0, digests.Count, () => (Scores: new int[digests.Count], Touched: new List<int>()), (i, _, state) =>
        {
            var (scores, touched) = state;
            touched.Clear();
            var explicitOnes = digests[i].Related.Where(bySlug.ContainsKey).Select(s => bySlug[s]).Where(j => j != i).Distinct().ToList();
            foreach (var (key, weight) in keys[i])
            {
                var list = postings[key];
                var at = list.BinarySearch(i);
                for (var p = Math.Max(0, at - Window); p < Math.Min(list.Count, at + Window + 1); p++)
                {
                    var j = list[p];
                    if (j == i)
                    {
                        continue;
                    }

                    if (scores[j] == 0)
                    {
                        touched.Add(j);
                    }

                    scores[j] += weight;
                }
            }

            // The best few by score, then nearest in time, then archive order: kept in a small sorted array
            // rather than sorting every candidate (a digest touches hundreds through its themes).
            var best = new List<int>(Computed + 1);
            var day = digests[i].Date.DayNumber;
            foreach (var j in touched)
            {
                if (scores[j] < MinimumScore || explicitOnes.Contains(j))
                {
                    continue;
                }

                var at = best.Count;
                while (at > 0 && Before(j, best[at - 1]))
                {
                    at--;
                }

                if (at < Computed)
                {
                    best.Insert(at, j);
                    if (best.Count > Computed)
                    {
                        best.RemoveAt(Computed);
                    }
                }
            }

            foreach (var j in touched)
            {
                scores[j] = 0;
            }

            bool Before(int a, int b)
            {
                if (scores[a] != scores[b])
                {
                    return scores[a] > scores[b];
                }

                var (distanceA, distanceB) = (Math.Abs(digests[a].Date.DayNumber - day), Math.Abs(digests[b].Date.DayNumber - day));
                return distanceA != distanceB ? distanceA < distanceB : a < b;
            }

            result[i] = [.. explicitOnes.Concat(best).Select(j => digests[j])];
            return state;
        }, _ => { });

        return digests.Select((d, i) => (d.Slug, i)).ToDictionary(x => x.Slug, x => result[x.i], StringComparer.Ordinal);
    }

    private static List<(string Key, int Weight)> Keys(Digest digest, IReadOnlyDictionary<string, Entity> entities)
    {
        var keys = new List<(string, int)>();
        keys.AddRange(digest.Entities.Select(n => "e:" + entities[n].Slug).Distinct().Select(k => (k, EntityWeight)));
        keys.AddRange(digest.Sources.Where(s => s.Url is not null).Select(s => "s:" + s.Url!.AbsoluteUri).Distinct().Select(k => (k, SourceWeight)));
        keys.AddRange(digest.Tags.Select(t => ("t:" + t, TagWeight)));
        return keys;
    }
}
