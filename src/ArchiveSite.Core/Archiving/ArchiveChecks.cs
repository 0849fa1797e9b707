using System.Globalization;
using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using ArchiveSite.Model;

namespace ArchiveSite.Archiving;

/// <summary>The rules that span files: unknown tags, duplicate slugs, missing related digests, repeated sources, and
/// site.yml's editorial rules.</summary>
internal static class ArchiveChecks
{
    public static void Run(SiteInput input, DateOnly today, DiagnosticBag diagnostics)
    {
        CheckSlugs(input, diagnostics);
        EditorialChecks.Run(input, diagnostics);
        CheckStoriesUsed(input, diagnostics);

        // No themes means tags.yml is missing, empty or unreadable, and says so itself: checking every digest's tags
        // against nothing would bury that one error under one per digest.
        var themes = input.Tags.Count > 0 ? new KeySet(input.Tags.Select(t => (t.Key, t.Aliases)), input.TagsPath, "themes") : null;
        var stories = new KeySet(input.Stories.Select(s => (s.Key, s.Aliases)), input.StoriesPath, "story lines");
        var slugs = input.DigestFiles.Select(f => f.Slug).ToHashSet(StringComparer.Ordinal);
        var citedBy = new Dictionary<string, Digest>(StringComparer.Ordinal);

        foreach (var digest in input.Digests)
        {
            for (var i = 0; themes is not null && i < digest.Tags.Count; i++)
            {
                if (themes.Hint(digest.Tags[i]) is { } hint)
                {
                    diagnostics.Add(DiagnosticCodes.UnknownTag, digest.Locations.Of($"tags/{i}"), digest.Tags[i], hint);
                }
            }

            if (digest.Story is { } story && stories.Hint(story) is { } storyHint)
            {
                diagnostics.Add(DiagnosticCodes.UnknownStory, digest.Locations.Of("story"), story, storyHint);
            }

            for (var i = 0; i < digest.Related.Count; i++)
            {
                var related = digest.Related[i];
                if (related == digest.Slug)
                {
                    diagnostics.Add(DiagnosticCodes.SelfRelated, digest.Locations.Of($"related/{i}"));
                }
                else if (!slugs.Contains(related))
                {
                    diagnostics.Add(DiagnosticCodes.UnknownRelated, digest.Locations.Of($"related/{i}"), related, Suggestions.DidYouMean(related, slugs));
                }
            }

            for (var i = 0; i < digest.Sources.Count; i++)
            {
                // Two developments of one story line often rest on the same report: that is the story continuing, not a duplicate.
                if (digest.Sources[i].Url is { } url && SourceUrls.Key(url) is var cited && !citedBy.TryAdd(cited, digest) && citedBy[cited] is var first
                    && first.Slug != digest.Slug && (digest.Story is null || first.Story != digest.Story))
                {
                    diagnostics.Add(DiagnosticCodes.DuplicateSourceUrl, digest.Locations.Of($"sources/{i}/url"), first.Slug);
                }
            }

            if (RepeatsTitle(digest))
            {
                diagnostics.Add(DiagnosticCodes.SummaryRepeatsTitle, digest.Locations.Of("summary"));
            }

            if (digest.Date > today)
            {
                diagnostics.Add(DiagnosticCodes.FutureDate, digest.Locations.Of("date"), "date", digest.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            for (var i = 0; i < digest.Corrections.Count; i++)
            {
                if (digest.Corrections[i].Date > today)
                {
                    diagnostics.Add(DiagnosticCodes.FutureDate, digest.Locations.Of("corrections"), "correction", digest.Corrections[i].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
            }

            if (digest.Updated > today)
            {
                diagnostics.Add(DiagnosticCodes.FutureDate, digest.Locations.Of("updated"), "updated", digest.Updated.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }
    }

    // A story line no digest follows would be an empty timeline; drafts count, so a story can be set up before its first digest is published.
    private static void CheckStoriesUsed(SiteInput input, DiagnosticBag diagnostics)
    {
        var used = input.Digests.Select(d => d.Story).ToHashSet(StringComparer.Ordinal);
        foreach (var story in input.Stories.Where(s => !used.Contains(s.Key)))
        {
            diagnostics.Add(DiagnosticCodes.StoryWithoutDigests, story.Location ?? SourceLocation.StartOf(input.StoriesPath), story.Key);
        }
    }

    private static void CheckSlugs(SiteInput input, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (slug, path) in input.DigestFiles)
        {
            if (!first.TryAdd(slug, path))
            {
                diagnostics.Add(DiagnosticCodes.DuplicateSlug, SourceLocation.StartOf(path), slug, first[slug]);
            }
        }
    }

    private static bool RepeatsTitle(Digest digest)
    {
        // Either way the summary starts with the title, so differing first letters settle it without building strings
        // (a serve session runs this check on every save).
        var titleStart = digest.Title.AsSpan().TrimStart(' ');
        var summaryStart = digest.Summary.AsSpan().TrimStart(' ');
        if (titleStart.Length > 0 && summaryStart.Length > 0 && char.ToLowerInvariant(titleStart[0]) != char.ToLowerInvariant(summaryStart[0]))
        {
            return false;
        }

        var title = Words(digest.Title);
        var summary = Words(digest.Summary);
        return summary.Length > 0 && (summary == title || (title.Length >= 20 && summary.StartsWith(title, StringComparison.Ordinal) && summary.Length < title.Length + 40));
    }

    /// <summary>The keys a digest may name (themes, story lines), with their aliases, and the did-you-mean for one it may not.</summary>
    private sealed class KeySet(IEnumerable<(string Key, IReadOnlyList<string> Aliases)> entries, string definedIn, string what)
    {
        private readonly List<(string Key, IReadOnlyList<string> Aliases)> _entries = [.. entries];
        private HashSet<string>? _keys;
        private Dictionary<string, string>? _aliases;

        /// <summary>Null when <paramref name="key"/> is defined; otherwise what to tell the curator.</summary>
        public string? Hint(string key)
        {
            _keys ??= _entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
            if (_keys.Contains(key))
            {
                return null;
            }

            _aliases ??= _entries.SelectMany(e => e.Aliases.Select(a => (Alias: a, e.Key)))
                .DistinctBy(a => a.Alias).ToDictionary(a => a.Alias, a => a.Key, StringComparer.Ordinal);
            var hint = _aliases.TryGetValue(key, out var alias) ? $"; did you mean '{alias}'?" : Suggestions.DidYouMean(key, _keys);
            return hint.Length > 0 ? hint : $"; the {what} are defined in {definedIn}";
        }
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?']; // Made once: a params array is made on every call.

    private static string Words(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd(SentenceEnds);
}
