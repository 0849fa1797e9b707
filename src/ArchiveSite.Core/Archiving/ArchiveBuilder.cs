using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using ArchiveSite.Model;

namespace ArchiveSite.Archiving;

/// <summary>Stage 2, build the archive: cross-file checks, then the immutable groupings and related digests.</summary>
internal static class ArchiveBuilder
{
    /// <summary>Builds the archive; reports cross-file problems. Returns null when any error was found.</summary>
    /// <param name="today">The date checks treat as today (for dates in the future).</param>
    /// <param name="previous">The archive before an edit, in a long-running session: its related digests are reused when they cannot have changed.</param>
    /// <param name="kept">An earlier process's related digests (<c>build --cache</c>): reused, as the previous archive's are, when they cannot have changed.</param>
    public static Archive? Build(SiteInput input, DateOnly today, DiagnosticBag diagnostics, Archive? previous = null, IReadOnlyList<KeptRelated>? kept = null)
    {
        var entities = EntityNames.Resolve(input.Entities, input.Digests, diagnostics);
        ArchiveChecks.Run(input, today, diagnostics);
        CheckPageSlugs(input.Pages, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var digests = input.Digests
            .OrderByDescending(d => d.Date)
            .ThenBy(d => d.Slug, StringComparer.Ordinal)
            .ToList();

        // One pass over the digests, not one per theme: a serve session rebuilds the archive on every save.
        var tagged = input.Tags.ToDictionary(t => t.Key, _ => new List<Digest>(), StringComparer.Ordinal);
        foreach (var digest in digests)
        {
            foreach (var key in digest.Tags.Distinct())
            {
                tagged.GetValueOrDefault(key)?.Add(digest);
            }
        }

        var byTag = tagged.ToDictionary(t => t.Key, t => (IReadOnlyList<Digest>)t.Value, StringComparer.Ordinal);

        var byEntity = new Dictionary<string, List<Digest>>(StringComparer.Ordinal);
        foreach (var digest in digests)
        {
            foreach (var slug in digest.Entities.Select(n => entities[n].Slug).Distinct())
            {
                if (!byEntity.TryGetValue(slug, out var list))
                {
                    byEntity[slug] = list = [];
                }

                list.Add(digest);
            }
        }

        var used = entities.Values
            .Where(e => byEntity.ContainsKey(e.Slug))
            .DistinctBy(e => e.Slug)
            .OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();

        var stories = StoryLines(input.Stories, digests);
        return new Archive(
            input.Settings, digests, input.Tags, used, input.Pages, byTag,
            byEntity.ToDictionary(e => e.Key, e => (IReadOnlyList<Digest>)e.Value, StringComparer.Ordinal),
            (previous is null ? null : RelatedReuse.From(previous, digests, entities))
                ?? (kept is null ? null : KeptRelated.Reuse(kept, digests, entities))
                ?? RelatedDigests.Compute(digests, entities))
        {
            EntityLookup = entities,
            Stories = stories,
            StoryLookup = stories.ToDictionary(s => s.Story.Key, StringComparer.Ordinal),
            Corrections = Corrections(digests),
        };
    }

    // Oldest development first: a timeline reads forward. Date, then slug, so two developments on one day keep their order.
    private static List<StoryLine> StoryLines(IReadOnlyList<Story> stories, IReadOnlyList<Digest> digests)
    {
        var byKey = stories.ToDictionary(s => s.Key, _ => new List<Digest>(), StringComparer.Ordinal);
        foreach (var digest in digests)
        {
            if (digest.Story is { } key)
            {
                byKey.GetValueOrDefault(key)?.Add(digest);
            }
        }

        return [.. stories
            .Where(s => byKey[s.Key].Count > 0)
            .Select(s => new StoryLine(s, [.. byKey[s.Key].OrderBy(d => d.Date).ThenBy(d => d.Slug, StringComparer.Ordinal)]))
            .OrderByDescending(s => s.Developments[^1].Date)
            .ThenBy(s => s.Story.Key, StringComparer.Ordinal)];
    }

    private static List<PublishedCorrection> Corrections(IReadOnlyList<Digest> digests) =>
        [.. digests
            .SelectMany(d => d.Corrections.Select((c, i) => new PublishedCorrection(d, c, i + 1)))
            .OrderByDescending(c => c.Correction.Date)
            .ThenBy(c => c.Digest.Slug, StringComparer.Ordinal)
            .ThenByDescending(c => c.Number)];

    // A plain page at /search/ or /tags/ would replace the generator's own page.
    private static void CheckPageSlugs(IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        foreach (var page in pages.Where(p => SiteSections.Reserved.Contains(p.Slug)))
        {
            diagnostics.Add(DiagnosticCodes.DuplicatePageSlug, SourceLocation.StartOf(page.Locations.Path), page.Slug, $"the generator's /{page.Slug}/ section; rename the file");
        }
    }
}
