using ArchiveSite.Model;

namespace ArchiveSite.Archiving;

/// <summary>Carries a previous archive's related digests over to a new one when no edit could have changed them.</summary>
/// <remarks>
/// <see cref="RelatedDigests"/> scores only by date order, organisations, source URLs, themes and explicit related
/// keys; an edit to a title, summary or body leaves all of those as they were, so every list keeps the same slugs.
/// Each digest is compared by value with the digest of the same place in the previous archive (its content hash and
/// path first, then the scoring fields), never by identity.
/// Whoever changes what the scoring reads changes <see cref="RelatedInputs"/> with it (the session tests compare
/// generated edits of every front-matter field with a full build, byte for byte).
/// </remarks>
internal static class RelatedReuse
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

        var edited = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < digests.Count; i++)
        {
            var (before, after) = (previous.Digests[i], digests[i]);
            if (Same(before, after))
            {
                continue; // The same bytes at the same path: nothing the scoring reads can differ.
            }

            if (!SameScoring(before, previous.EntityLookup, after, entities))
            {
                return null;
            }

            edited.Add(after.Slug);
        }

        // The same slugs in the same places: a list that names no edited digest is the previous one as it is; the
        // others point at the new digests.
        var bySlug = digests.ToDictionary(d => d.Slug, StringComparer.Ordinal);
        var related = new Dictionary<string, IReadOnlyList<Digest>>(digests.Count, StringComparer.Ordinal);
        for (var i = 0; i < digests.Count; i++)
        {
            var list = previous.RelatedTo(previous.Digests[i]);
            related[digests[i].Slug] = list.Any(r => edited.Contains(r.Slug)) ? [.. list.Select(r => bySlug[r.Slug])] : list;
        }

        return related;
    }

    private static bool Same(Digest a, Digest b) =>
        a.ContentHash.Length > 0 && a.ContentHash == b.ContentHash && a.SourcePath == b.SourcePath && a.Slug == b.Slug;

    private static bool SameScoring(Digest a, IReadOnlyDictionary<string, Entity> entitiesA, Digest b, IReadOnlyDictionary<string, Entity> entitiesB) =>
        RelatedInputs.Of(a, entitiesA).SameScoring(RelatedInputs.Of(b, entitiesB));
}
