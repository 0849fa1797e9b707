using ArchiveSite.Archiving;
using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using ArchiveSite.Model;

namespace ArchiveSite.Tests.Specs;

/// <summary>Runs every example of DigestFormat.md: a digest file in, the exact diagnostics out.</summary>
public class SpecExamplesTests
{
    private const string SpecFile = "DigestFormat.md";

    public static TheoryData<string> Examples() => [.. SpecExamples.Read(SpecPath()).Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_produces_exactly_its_diagnostics(string name)
    {
        var example = SpecExamples.Read(SpecPath()).Single(e => e.Name == name);

        var actual = Check(example.Input);

        Assert.Equal(example.Expected, actual);
    }

    /// <summary>Reads the example as a digest, then runs the cross-file checks against the spec's archive.</summary>
    private static List<string> Check(string text)
    {
        var diagnostics = new DiagnosticBag();
        var digest = DigestReader.Read(text, "digests/2024/example.md", "example.md", diagnostics);
        if (digest is not null)
        {
            var existing = DigestReader.Read(
                "---\ntitle: An existing story in the archive\ndate: 2024-01-01\nsummary: Earlier.\ntags: [labor]\nentities: [OpenAI]\n" +
                "sources:\n  - outlet: O\n    title: T\n    published: 2024-01-02\n    url: https://example.com/already-cited\n---\nBody.\n",
                "digests/2024/existing-story.md", "existing-story.md", new DiagnosticBag())!;
            var input = new SiteInput(
                new SiteSettings("Spec", "Spec archive", new Uri("https://example.test/"), "en", null, "main", 20),
                [
                    new Tag("artist-rights", "Artist rights", "d", []), new Tag("labor", "Labour", "d", ["labour"]), new Tag("privacy", "Privacy", "d", []),
                    new Tag("bias", "Bias", "d", []), new Tag("copyright", "Copyright", "d", []), new Tag("safety", "Safety", "d", []), new Tag("surveillance", "Surveillance", "d", []),
                ],
                [new Entity("OpenAI", "openai", null, ["Open AI"], null)],
                [existing, digest],
                [],
                [("existing-story", "existing-story.md"), ("example", "example.md")],
                "tags.yml");
            ArchiveBuilder.Build(input, new DateOnly(2026, 12, 1), diagnostics);
        }

        return [.. diagnostics.ToSortedList().Select(d => d.ToString())];
    }

    private static string SpecPath() => Path.Combine(RepositoryPaths.Root, "tests", "ArchiveSite.Tests", "Specs", SpecFile);
}

/// <summary>Parses a spec file: "## name" headings, each followed by an example block of input, ".", expected lines.</summary>
public static class SpecExamples
{
    public sealed record Example(string Name, string Input, IReadOnlyList<string> Expected);

    public static IReadOnlyList<Example> Read(string path)
    {
        var examples = new List<Example>();
        var lines = File.ReadAllLines(path);
        string? name = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                name = lines[i][3..].Trim();
            }
            else if (lines[i] == "```example")
            {
                var end = Array.IndexOf(lines, "```", i + 1);
                var dot = Array.IndexOf(lines, ".", i + 1);
                var input = ControlPictures(string.Join("\n", lines[(i + 1)..dot]) + "\n");
                examples.Add(new Example(name ?? $"line {i + 1}", input, lines[(dot + 1)..end]));
                i = end;
            }
        }

        return examples;
    }

    /// <summary>An example writes a control character it needs as its Control Pictures symbol (␛ for ESC, ␀ for NUL), which a reader can see.</summary>
    private static string ControlPictures(string text) =>
        string.Concat(text.Select(c => c is >= '\u2400' and <= '\u241F' ? (char)(c - '\u2400') : c));
}
