using ArchiveSite.Archiving;
using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using ArchiveSite.Model;

namespace ArchiveSite.Tests.Archiving;

/// <summary>Builds an archive in memory from digest texts, with the themes labor, privacy, bias and safety and a chosen editorial policy.</summary>
public static class SpecArchive
{
    public static readonly DateOnly Today = new(2026, 12, 1);

    /// <summary>Reads each (slug, text) digest and builds the archive; the diagnostics of both stages go to <paramref name="diagnostics"/>.</summary>
    public static Archive? Build(DiagnosticBag diagnostics, EditorialPolicy? policy = null, IReadOnlyList<Entity>? entities = null, params (string Slug, string Text)[] digests)
    {
        var read = digests.Select(d => DigestReader.Read(d.Text, $"digests/2024/{d.Slug}.md", $"{d.Slug}.md", diagnostics)).OfType<Digest>().ToList();
        var input = new SiteInput(
            new SiteSettings("Spec", "Spec archive", new Uri("https://example.test/"), "en", null, "main", 20) { Editorial = policy ?? EditorialPolicy.Default },
            [new Tag("labor", "Labour", "d", []), new Tag("privacy", "Privacy", "d", []), new Tag("bias", "Bias", "d", []), new Tag("safety", "Safety", "d", [])],
            entities ?? [],
            read,
            [],
            [.. digests.Select(d => (d.Slug, $"{d.Slug}.md"))],
            "tags.yml");
        return ArchiveBuilder.Build(input, Today, diagnostics);
    }
}
