using System.Globalization;
using System.Text;
using ArchiveSite.Common;
using ArchiveSite.Input;

namespace ArchiveSite.Authoring;

/// <summary>The skeleton `new` writes: every key of <see cref="DigestSchema"/>, each to-do marked by a comment saying what belongs there.</summary>
public static class DigestTemplate
{
    /// <summary>Writes input/digests/YYYY/&lt;slug&gt;.md with a slug no other digest uses; returns its path.</summary>
    public static string Write(string inputFolder, string title, DateOnly today)
    {
        var digests = Path.Combine(inputFolder, InputReader.DigestsFolder);
        var taken = Directory.Exists(digests)
            ? Directory.EnumerateFiles(digests, "*.md", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal)
            : [];
        var slug = UniqueSlug(Slugs.From(title) is { Length: > 0 } fromTitle ? fromTitle : FallbackSlug, taken!);
        var folder = Path.Combine(digests, today.Year.ToString("D4"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, slug + ".md");
        File.WriteAllText(path, Render(title, today), new UTF8Encoding(false));
        return path;
    }

    /// <summary>The file name for a title without a letter or digit ("???"): the curator renames it.</summary>
    public const string FallbackSlug = "digest";

    /// <summary>Characters (as readers count them) a slug from `new` keeps: a file name a person can still read.</summary>
    public const int MaxSlugLength = 80;

    public static string UniqueSlug(string slug, IReadOnlySet<string> taken)
    {
        // Cut between user-perceived characters, never inside a surrogate pair or between a letter and its accent.
        var characters = new StringInfo(slug);
        if (characters.LengthInTextElements > MaxSlugLength)
        {
            slug = characters.SubstringByTextElements(0, MaxSlugLength).TrimEnd('-');
        }

        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    public static string Render(string title, DateOnly today)
    {
        var todo = DigestSchema.Placeholder;
        string Doc(FieldSpec field) => $"  # {(field.Required ? "required" : "optional")}: {field.Doc}";
        var yaml = new StringBuilder("---\n");
        yaml.Append($"title: \"{title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"{Doc(DigestSchema.Title)}\n");
        yaml.Append($"date: {today:yyyy-MM-dd}{Doc(DigestSchema.Date)} (today; change it to the event's date)\n");
        yaml.Append($"summary: {todo}{Doc(DigestSchema.Summary)}\n");
        yaml.Append($"tags: [{todo}]{Doc(DigestSchema.Tags)}\n");
        yaml.Append($"entities: []{Doc(DigestSchema.Entities)}\n");
        yaml.Append("sources:\n");
        yaml.Append($"  - outlet: {todo}{Doc(DigestSchema.SourceOutlet)}\n");
        yaml.Append($"    title: {todo}{Doc(DigestSchema.SourceTitle)}\n");
        yaml.Append($"    published: {todo}{Doc(DigestSchema.SourcePublished)}\n");
        yaml.Append($"    # author: {Doc(DigestSchema.SourceAuthor).TrimStart(' ', '#')}\n");
        yaml.Append($"    # url: {Doc(DigestSchema.SourceUrl).TrimStart(' ', '#')}\n");
        yaml.Append($"related: []{Doc(DigestSchema.Related)}\n");
        yaml.Append($"# story: {Doc(DigestSchema.Story).TrimStart(' ', '#')}\n");
        yaml.Append($"# corrections: {Doc(DigestSchema.Corrections).TrimStart(' ', '#')}\n");
        yaml.Append($"# external_ids: {{aiid: N, aiaaic: AIAAICNNNN, oecd_aim: https://oecd.ai/en/incidents/...}}{Doc(DigestSchema.ExternalIds)}\n");
        yaml.Append($"# language: {Doc(DigestSchema.Language).TrimStart(' ', '#')}\n");
        yaml.Append("draft: false\n");
        yaml.Append("---\n");
        yaml.Append($"## What happened\n\n{todo}: the facts, in your own words, each supported by a source above.\n\n");
        yaml.Append($"## Why it matters\n\n{todo}\n\n## Responses\n\n{todo}\n");
        return yaml.ToString();
    }
}
