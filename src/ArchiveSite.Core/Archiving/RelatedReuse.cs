using ArchiveSite.Model;

namespace ArchiveSite.Archiving;

/// <summary>Carries a previous archive's related digests over to a new one when no edit could have changed them.</summary>
/// <remarks>
/// <see cref="RelatedDigests"/> scores only by date order, organisations, source URLs, themes and explicit related
/// keys; an edit to a title, summary or body leaves all of those as they were, so every list keeps the same slugs.
/// Each digest is compared by value with the digest of the same place in the previous archive, never by identity.
/// Whoever changes what the scoring reads changes <see cref="SameScoring"/> with it (the session tests compare
/// generated edits of every front-matter field with a full build, byte for byte).
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

        for (var i = 0; i < digests.Count; i++)
        {
            if (!SameScoring(previous.Digests[i], previous.EntityLookup, digests[i], entities))
            {
                return null;
            }
        }

        // The same slugs in the same places: each list is the previous one, pointing at the new digests.
        var bySlug = digests.ToDictionary(d => d.Slug, StringComparer.Ordinal);
        var related = new Dictionary<string, IReadOnlyList<Digest>>(digests.Count, StringComparer.Ordinal);
        for (var i = 0; i < digests.Count; i++)
        {
            related[digests[i].Slug] = [.. previous.RelatedTo(previous.Digests[i]).Select(r => bySlug[r.Slug])];
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
