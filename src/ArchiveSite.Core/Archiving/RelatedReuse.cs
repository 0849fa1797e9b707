using ArchiveSite.Model;

namespace ArchiveSite.Archiving;

/// <summary>Carries a previous archive's related digests over to a new one when no edit could have changed them.</summary>
/// <remarks>
/// <see cref="RelatedDigests"/> scores only by date order, organisations, source URLs, themes and explicit related
/// keys; an edit to a title, summary or body leaves all of those as they were, so every list keeps the same slugs.
/// Whoever changes what the scoring reads changes <see cref="SameScoring"/> with it (the session tests compare an
/// edited session with a full build, byte for byte).
/// </remarks>
public static class RelatedReuse
{
    /// <summary>The previous lists, pointing at the new digests; null when any input of the scoring changed.</summary>
    /// <param name="digests">The new digests, newest first.</param>
    public static IReadOnlyDictionary<string, IReadOnlyList<Digest>>? From(
        Archive previous, IReadOnlyList<Digest> digests, IReadOnlyDictionary<string, Entity> entities)
    {
        // Organisation names resolve through entities.yml, so an edit there can move digests that did not change.
        if (previous.Digests.Count != digests.Count
            || previous.EntityLookup.Count != entities.Count
            || entities.Any(e => !previous.EntityLookup.TryGetValue(e.Key, out var before) || before.Slug != e.Value.Slug))
        {
            return null;
        }

        var replaced = new Dictionary<Digest, Digest>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < digests.Count; i++)
        {
            var (before, after) = (previous.Digests[i], digests[i]);
            if (!ReferenceEquals(before, after))
            {
                if (!SameScoring(before, previous.EntityLookup, after, entities))
                {
                    return null;
                }

                replaced[before] = after;
            }
        }

        // Lists that name no edited digest are shared with the previous archive as they are.
        var related = new Dictionary<string, IReadOnlyList<Digest>>(digests.Count, StringComparer.Ordinal);
        for (var i = 0; i < digests.Count; i++)
        {
            var list = previous.RelatedTo(previous.Digests[i]);
            related[digests[i].Slug] = list.Any(replaced.ContainsKey) ? [.. list.Select(r => replaced.GetValueOrDefault(r, r))] : list;
        }

        return related;
    }

    private static bool SameScoring(Digest a, IReadOnlyDictionary<string, Entity> entitiesA, Digest b, IReadOnlyDictionary<string, Entity> entitiesB) =>
        a.Slug == b.Slug
        && a.Date == b.Date
        && a.Tags.SequenceEqual(b.Tags, StringComparer.Ordinal)
        && a.Related.SequenceEqual(b.Related, StringComparer.Ordinal)
        && a.Entities.Select(n => entitiesA[n].Slug).SequenceEqual(b.Entities.Select(n => entitiesB[n].Slug), StringComparer.Ordinal)
        && a.Sources.Select(s => s.Url?.AbsoluteUri).SequenceEqual(b.Sources.Select(s => s.Url?.AbsoluteUri), StringComparer.Ordinal);
}
