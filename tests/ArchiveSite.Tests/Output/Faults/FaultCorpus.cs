using System.Globalization;

namespace ArchiveSite.Tests.Output.Faults;

/// <summary>An input folder big enough that a build lasts a second or two: the minimal fixture plus generated digests.</summary>
public static class FaultCorpus
{
    /// <summary>Writes the corpus into <paramref name="folder"/>; <paramref name="title"/> goes into every page, so two titles give two sites that differ in every page.</summary>
    public static string Write(string folder, string title, int digests = 200)
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Fixture("minimal"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(RepositoryPaths.Fixture("minimal"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var settings = Path.Combine(folder, "site.yml");
        File.WriteAllLines(settings, File.ReadAllLines(settings).Select(l => l.StartsWith("title:", StringComparison.Ordinal) ? $"title: {title}" : l));
        for (var i = 0; i < digests; i++)
        {
            var date = new DateOnly(2016 + (i % 9), 1 + (i % 12), 1 + (i % 28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var year = Path.Combine(folder, "digests", date[..4]);
            Directory.CreateDirectory(year);
            File.WriteAllText(Path.Combine(year, $"generated-{i:D4}.md"), $"""
                ---
                title: "Generated digest {i} on artists, labour and privacy"
                date: {date}
                summary: "A digest written by the fault tests, number {i}, so that a build takes a while."
                tags: [{(i % 2 == 0 ? "artist-rights, labor" : "privacy")}]
                sources:
                  - outlet: Example Outlet
                    title: "Source {i}"
                    published: {date}
                ---
                ## What happened

                Paragraph {i}: curators, testers and artists disagreed about access, pay and consent.

                """);
        }

        return folder;
    }
}
