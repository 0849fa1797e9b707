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
        var slug = UniqueSlug(Slugs.From(title), taken!);
        var folder = Path.Combine(digests, today.Year.ToString("D4"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, slug + ".md");
        File.WriteAllText(path, Render(title, today), new UTF8Encoding(false));
        return path;
    }

    public static string UniqueSlug(string slug, IReadOnlySet<string> taken)
    {
        if (slug.Length > 80)
        {
            slug = slug[..80].TrimEnd('-');
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
        yaml.Append("draft: false\n");
        yaml.Append("---\n");
        yaml.Append($"## What happened\n\n{todo}: the facts, in your own words, each supported by a source above.\n\n");
        yaml.Append($"## Why it matters\n\n{todo}\n\n## Responses\n\n{todo}\n");
        return yaml.ToString();
    }
}
