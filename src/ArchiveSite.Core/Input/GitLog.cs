using System.Globalization;
using ArchiveSite.Model;

namespace ArchiveSite.Input;

/// <summary>The one <c>git log</c> a build runs over the input folder, and the reading of its output into each current
/// file's added and last-changed days, renames followed.</summary>
/// <remarks>
/// Committer dates, not author dates: the committer date is when a commit entered this history (a rebased or squashed
/// pull request gets the day it was merged), which is what "added to the archive" means to a reader; the author date is
/// when the curator first wrote it, possibly long before, and can be set to anything. Days are taken in UTC from the
/// commit's timestamp (<c>%ct</c>), never in the committer's time zone, so every machine reads the same day.
/// </remarks>
internal static class GitLog
{
    private const char CommitMark = '\u0001';

    /// <summary>Newest commit first, parents after children (<c>--topo-order</c>), merges left out (their changes are in the commits they merge);
    /// <c>-z</c> so no path is quoted or split; <c>--relative</c> so paths are relative to the input folder, as <see cref="Digest.SourcePath"/> is.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "-c", "log.showSignature=false", "-c", "core.quotePath=false",
        "log", "-z", "--topo-order", "--no-merges", "--relative", "-M", "--name-status", "--format=" + CommitMark + "%H %ct", "--", ".",
    ];

    /// <summary>Reads the log: each file present at HEAD → its first and last day.</summary>
    /// <remarks>
    /// Walking from the newest commit to the oldest, each name in older history is mapped to the current file it became:
    /// a rename maps the old name onto the new file; the commit that added a file ends its line, so an older file of the
    /// same name (deleted before this one was added) is not counted for it; a file deleted since is nobody's.
    /// The first day is the earliest, the last the latest, of the commits on that line (committer clocks can disagree
    /// with the order of history); a rename without edits (R100) is not a change.
    /// </remarks>
    public static Dictionary<string, FileHistory> Parse(string output)
    {
        var lines = new Dictionary<string, (DateOnly First, DateOnly? Last)>(StringComparer.Ordinal);
        var names = new Dictionary<string, string?>(StringComparer.Ordinal); // a name in older history → the current path, or null for none
        var fields = output.Split('\0');
        DateOnly? day = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i].TrimStart('\n');
            if (field.Length == 0)
            {
                continue;
            }

            if (field[0] == CommitMark)
            {
                day = Day(field);
                continue;
            }

            var status = field[0];
            var old = status is 'R' or 'C' && i + 1 < fields.Length ? fields[++i] : null;
            if (i + 1 >= fields.Length || day is not { } when)
            {
                break;
            }

            var path = fields[++i];
            if (!names.TryGetValue(path, out var current))
            {
                // The newest mention of a name: the file at HEAD, unless this commit deleted it.
                current = status == 'D' || lines.ContainsKey(path) ? null : path;
            }

            if (current is not null)
            {
                var changed = field != "R100";
                lines[current] = lines.TryGetValue(current, out var line)
                    ? (Min(line.First, when), changed ? Max(line.Last, when) : line.Last)
                    : (when, changed ? when : null);
            }

            // Older history of this name is another file's (or none); a rename's old name leads on to the same file.
            names[path] = status == 'M' || status == 'T' ? current : null;
            if (status == 'R' && old is not null)
            {
                names[old] = current;
            }
        }

        return lines.ToDictionary(l => l.Key, l => new FileHistory(l.Value.First, l.Value.Last ?? l.Value.First), StringComparer.Ordinal);
    }

    // "\u0001<hash> <unix seconds>": the committer's timestamp, read as a UTC day.
    private static DateOnly? Day(string field)
    {
        var space = field.LastIndexOf(' ');
        return space > 0 && long.TryParse(field.AsSpan(space + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds is >= 0 and <= 253_402_300_799
            ? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime)
            : null;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly? a, DateOnly b) => a is { } x && x > b ? x : b;
}
