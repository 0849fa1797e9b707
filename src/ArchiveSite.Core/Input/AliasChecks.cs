using ArchiveSite.Diagnostics;

namespace ArchiveSite.Input;

/// <summary>Checks that every alias in a data file (tags.yml, entities.yml) leads to exactly one entry: not shared by
/// two entries, and not another entry's own name.</summary>
internal static class AliasChecks
{
    /// <param name="entries">Each entry's key and aliases, in file order.</param>
    /// <param name="locations">Where each alias was written, under <c>key/aliases/i</c> (as YamlFields records it).</param>
    public static void Run(
        IReadOnlyList<(string Key, IReadOnlyList<string> Aliases)> entries,
        IReadOnlyDictionary<string, SourceLocation> locations,
        string path,
        DiagnosticBag diagnostics)
    {
        var keys = entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, aliases) in entries)
        {
            for (var i = 0; i < aliases.Count; i++)
            {
                var alias = aliases[i];
                var at = locations.GetValueOrDefault($"{key}/aliases/{i}", SourceLocation.StartOf(path));
                if (alias != key && keys.Contains(alias))
                {
                    diagnostics.Add(DiagnosticCodes.AliasIsAName, at, alias, key);
                }
                else if (!owner.TryAdd(alias, key) && owner[alias] != key)
                {
                    diagnostics.Add(DiagnosticCodes.AliasShared, at, alias, key, owner[alias]);
                }
            }
        }
    }
}
