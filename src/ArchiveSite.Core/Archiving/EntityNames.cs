using System.Text;
using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using ArchiveSite.Model;

namespace ArchiveSite.Archiving;

/// <summary>Maps every entity name digests use to one <see cref="Entity"/>, and warns about names spelled two ways.</summary>
internal static class EntityNames
{
    // Comparing every pair of names is quadratic; beyond this many distinct names only exact-key matches are checked.
    private const int NearMatchLimit = 2000;

    public static Dictionary<string, Entity> Resolve(IReadOnlyList<Entity> declared, IReadOnlyList<Digest> digests, DiagnosticBag diagnostics)
    {
        var lookup = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var aliasOf = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in declared)
        {
            lookup[entity.Name] = entity;
            foreach (var alias in entity.Aliases)
            {
                aliasOf[alias] = entity;
            }
        }

        // Names as digests write them, with how often each is used: the commoner spelling is the suggestion.
        var usage = digests.SelectMany(d => d.Entities).GroupBy(n => n, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in usage.Keys)
        {
            if (!lookup.ContainsKey(name) && aliasOf.TryGetValue(name, out var target))
            {
                canonical[name] = target.Name;
            }
        }

        foreach (var (name, other) in NearMatches([.. usage.Keys.Concat(lookup.Keys).Distinct().Where(n => !canonical.ContainsKey(n))]))
        {
            var (rare, common) = Rank(name, other, usage, lookup);
            canonical.TryAdd(rare, common);
        }

        foreach (var digest in digests)
        {
            for (var i = 0; i < digest.Entities.Count; i++)
            {
                if (canonical.TryGetValue(digest.Entities[i], out var better))
                {
                    var how = aliasOf.ContainsKey(digest.Entities[i]) ? " (an alias in entities.yml)" : "";
                    diagnostics.Add(DiagnosticCodes.EntitySpelling, digest.Locations.Of($"entities/{i}"), digest.Entities[i], better, how);
                }
            }
        }

        foreach (var name in usage.Keys.Order(StringComparer.Ordinal))
        {
            var target = canonical.GetValueOrDefault(name, name);
            lookup.TryAdd(target, new Entity(target, Slugs.From(target), null, [], null));
            lookup[name] = lookup[target];
        }

        CheckSlugs(declared, lookup, digests, diagnostics);
        return lookup;
    }

    /// <summary>Reports two organisations that would share one page (/entities/{slug}/), at a digest that names the second.</summary>
    /// <remarks>Two declared in entities.yml are reported there, by EntityReader, where both are written.</remarks>
    private static void CheckSlugs(IReadOnlyList<Entity> declared, Dictionary<string, Entity> lookup, IReadOnlyList<Digest> digests, DiagnosticBag diagnostics)
    {
        var declaredNames = declared.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var undeclared = lookup.Values.Where(e => !declaredNames.Contains(e.Name)).DistinctBy(e => e.Name).OrderBy(e => e.Name, StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in declared.Concat(undeclared))
        {
            if (owners.TryAdd(entity.Slug, entity.Name) || owners[entity.Slug] == entity.Name || declaredNames.Contains(entity.Name))
            {
                continue;
            }

            var (digest, index) = digests
                .SelectMany(d => d.Entities.Select((name, i) => (Digest: d, Index: i, Name: name)))
                .Where(use => lookup[use.Name].Name == entity.Name)
                .Select(use => (use.Digest, use.Index))
                .First();
            diagnostics.Add(DiagnosticCodes.EntitySlugCollision, digest.Locations.Of($"entities/{index}"), entity.Name, owners[entity.Slug], entity.Slug);
        }
    }

    /// <summary>Pairs of names that are probably one organisation: same letters ignoring case and spaces, or one typo apart.</summary>
    private static IEnumerable<(string, string)> NearMatches(List<string> names)
    {
        names.Sort(StringComparer.Ordinal);
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var key = Key(name);
            if (byKey.TryGetValue(key, out var first))
            {
                yield return (first, name);
            }
            else
            {
                byKey[key] = name;
            }
        }

        if (byKey.Count > NearMatchLimit)
        {
            yield break;
        }

        var keys = byKey.Keys.Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            for (var j = i + 1; j < keys.Count; j++)
            {
                if (keys[i].Length >= 6 && Math.Abs(keys[i].Length - keys[j].Length) <= 1 && Suggestions.Distance(keys[i], keys[j]) == 1)
                {
                    yield return (byKey[keys[i]], byKey[keys[j]]);
                }
            }
        }
    }

    // By rune, so letters outside the BMP (rare CJK) count as letters rather than vanishing.
    private static string Key(string name) =>
        string.Concat(name.EnumerateRunes().Where(Rune.IsLetterOrDigit).Select(r => Rune.ToLowerInvariant(r).ToString()));

    private static (string Rare, string Common) Rank(string a, string b, Dictionary<string, int> usage, Dictionary<string, Entity> declared)
    {
        if (declared.ContainsKey(a) != declared.ContainsKey(b))
        {
            return declared.ContainsKey(a) ? (b, a) : (a, b);
        }

        var (countA, countB) = (usage.GetValueOrDefault(a), usage.GetValueOrDefault(b));
        return countA > countB || (countA == countB && string.CompareOrdinal(a, b) < 0) ? (b, a) : (a, b);
    }
}
