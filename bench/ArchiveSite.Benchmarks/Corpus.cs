using System.Diagnostics;

namespace ArchiveSite.Benchmarks;

/// <summary>The generated corpora the benchmarks read: made once per size with bench/corpus/generate.mjs and kept in the temp folder.</summary>
public static class Corpus
{
    /// <summary>The repository root, found above the benchmark binary (BenchmarkDotNet runs it from a generated subfolder).</summary>
    public static string Repository { get; } = FindRepository();

    public static string Theme => Path.Combine(Repository, "theme");

    /// <summary>Sizes from BENCH_DIGESTS ("1000" or "1000,10000"); 1,000 digests by default.</summary>
    public static IEnumerable<int> Sizes() =>
        (Environment.GetEnvironmentVariable("BENCH_DIGESTS") ?? "1000").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse);

    /// <summary>The input folder of <paramref name="digests"/> generated digests (seed 1), generating it the first time.</summary>
    public static string Folder(int digests)
    {
        var folder = Path.Combine(Path.GetTempPath(), "archivesite-bench", $"corpus-{digests}");
        if (File.Exists(Path.Combine(folder, "site.yml")))
        {
            return folder;
        }

        var partial = folder + ".partial";
        if (Directory.Exists(partial))
        {
            Directory.Delete(partial, recursive: true);
        }

        Node(Path.Combine(Repository, "bench", "corpus", "generate.mjs"), digests.ToString(), partial);
        Directory.Move(partial, folder);
        return folder;
    }

    private static void Node(params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("node", arguments) { RedirectStandardError = true })
            ?? throw new InvalidOperationException("node could not be started");
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {string.Join(' ', arguments)} failed: {errors}");
        }
    }

    private static string FindRepository()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ArchiveSite.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("ArchiveSite.sln not found above " + AppContext.BaseDirectory);
    }
}
