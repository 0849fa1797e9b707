using ArchiveSite.Model;

namespace ArchiveSite.Archiving;

/// <summary>What <see cref="RelatedDigests"/> reads of one digest to score it against the others (organisations resolved
/// to their pages' slugs), and where it came from: kept by <c>build --cache</c> with the related slugs the digest was given,
/// so that the next process can carry the lists over as <see cref="RelatedReuse"/> does within one.</summary>
/// <remarks>The one list of what the scoring reads: <see cref="RelatedReuse"/> compares digests through it too.</remarks>
internal sealed record RelatedInputs(
    string Slug,
    string ContentHash,
    string SourcePath,
    DateOnly Date,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Related,
    IReadOnlyList<string> Entities,
    IReadOnlyList<string?> Sources)
{
    public static RelatedInputs Of(Digest digest, IReadOnlyDictionary<string, Entity> entities) => new(
        digest.Slug, digest.ContentHash, digest.SourcePath, digest.Date, digest.Tags, digest.Related,
        [.. digest.Entities.Select(n => entities[n].Slug)], [.. digest.Sources.Select(s => s.Url?.AbsoluteUri)]);

    /// <summary>True when the scoring reads the same of both (whatever their files, titles or bodies).</summary>
    public bool SameScoring(RelatedInputs other) =>
        Slug == other.Slug
        && Date == other.Date
        && Tags.SequenceEqual(other.Tags, StringComparer.Ordinal)
        && Related.SequenceEqual(other.Related, StringComparer.Ordinal)
        && Entities.SequenceEqual(other.Entities, StringComparer.Ordinal)
        && Sources.SequenceEqual(other.Sources, StringComparer.Ordinal);
}

/// <summary>One digest's scoring inputs and the related slugs it was given, in archive order (newest first).</summary>
internal sealed record KeptRelated(RelatedInputs Inputs, IReadOnlyList<string> RelatedSlugs)
{
    /// <summary>Every digest of <paramref name="archive"/>, for a later process.</summary>
    public static List<KeptRelated> Of(Archive archive) =>
        [.. archive.Digests.Select(d => new KeptRelated(RelatedInputs.Of(d, archive.EntityLookup), [.. archive.RelatedTo(d).Select(r => r.Slug)]))];

    /// <summary>The kept lists, pointing at the new digests, when every digest is where it was and scores as it did (all
    /// of them compared, so an edit to entities.yml that moves an organisation's slug is seen); otherwise null.</summary>
    /// <param name="digests">The new digests, newest first.</param>
    public static IReadOnlyDictionary<string, IReadOnlyList<Digest>>? Reuse(
        IReadOnlyList<KeptRelated> kept, IReadOnlyList<Digest> digests, IReadOnlyDictionary<string, Entity> entities)
    {
        if (kept.Count != digests.Count)
        {
            return null;
        }

        for (var i = 0; i < digests.Count; i++)
        {
            if (!digests[i].Entities.All(entities.ContainsKey) || !kept[i].Inputs.SameScoring(RelatedInputs.Of(digests[i], entities)))
            {
                return null;
            }
        }

        var bySlug = new Dictionary<string, Digest>(digests.Count, StringComparer.Ordinal);
        foreach (var digest in digests)
        {
            bySlug[digest.Slug] = digest;
        }

        var related = new Dictionary<string, IReadOnlyList<Digest>>(digests.Count, StringComparer.Ordinal);
        for (var i = 0; i < digests.Count; i++)
        {
            var list = new Digest[kept[i].RelatedSlugs.Count];
            for (var j = 0; j < list.Length; j++)
            {
                if (!bySlug.TryGetValue(kept[i].RelatedSlugs[j], out var digest))
                {
                    return null;
                }

                list[j] = digest;
            }

            related[digests[i].Slug] = list;
        }

        return related;
    }
}
