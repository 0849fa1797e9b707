namespace ArchiveSite.Tests.Input;

/// <summary>A valid digest file whose tags, entities, sources and body a test chooses; <c>more</c> is front matter added after the sources.</summary>
public static class DigestText
{
    public static string With(
        IEnumerable<string>? tags = null, IEnumerable<string>? entities = null, int sources = 1, string body = "Body.\n", string title = "A title long enough", string more = "") =>
        "---\n" +
        $"title: {title}\n" +
        "date: 2024-11-26\n" +
        "summary: A summary.\n" +
        $"tags: [{string.Join(", ", tags ?? ["labor"])}]\n" +
        $"entities: [{string.Join(", ", entities ?? [])}]\n" +
        "sources:\n" +
        string.Concat(Enumerable.Range(1, sources).Select(i => $"  - outlet: Outlet {i}\n    title: Title {i}\n    published: 2024-11-27\n")) +
        more +
        "---\n" +
        body;

    /// <summary>The line the body starts on, for a digest with <paramref name="sources"/> sources.</summary>
    public static int BodyLine(int sources = 1) => 9 + (3 * sources);
}
