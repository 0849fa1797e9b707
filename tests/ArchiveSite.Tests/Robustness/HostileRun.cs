using System.Collections.Concurrent;

namespace ArchiveSite.Tests.Robustness;

/// <summary>One hostile case run through the real CLI: <c>check</c>, then <c>build --no-search</c> into an output folder
/// that already holds an earlier site; what each printed, and what the build left on disk.</summary>
/// <remarks>All cases start together on first use, a few processes at a time, so the corpus takes about as long as its
/// slowest cases rather than the sum of all of them; each test awaits its own.</remarks>
public sealed record HostileRun(
    HostileCase Case, TimedCli.Outcome Check, TimedCli.Outcome Build, string OutputArgument,
    IReadOnlyList<string> OutputAfter, IReadOnlyList<string> Leftovers, IReadOnlyList<string> InputBefore, IReadOnlyList<string> InputAfter,
    string Printed, bool Skipped)
{
    /// <summary>Per command: a hang is a failure, not a wait.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    private static readonly ConcurrentDictionary<string, Lazy<Task<HostileRun>>> Runs = StartAll();

    public static Task<HostileRun> Of(string name) => Runs[name].Value;

    private static ConcurrentDictionary<string, Lazy<Task<HostileRun>>> StartAll()
    {
        // Two cores run the CI: three processes keep both busy while one waits on a time-out or on disk.
        var slots = new SemaphoreSlim(3);
        var runs = new ConcurrentDictionary<string, Lazy<Task<HostileRun>>>(StringComparer.Ordinal);
        foreach (var name in HostileCase.All)
        {
            runs[name] = new Lazy<Task<HostileRun>>(() => RunAsync(HostileCase.Load(name), slots));
        }

        foreach (var run in runs.Values)
        {
            _ = run.Value;
        }

        return runs;
    }

    private static async Task<HostileRun> RunAsync(HostileCase hostile, SemaphoreSlim slots)
    {
        await slots.WaitAsync();
        try
        {
            using var archive = new HostileArchive(hostile);
            var before = Snapshot(archive.Root, except: "output");
            var check = await TimedCli.RunAsync(archive.Root, archive.Environment, Limit, "check");
            // A check that hangs fails the case already; its build would hang on the same file and hold a slot for nothing.
            var build = check.TimedOut ? check : await TimedCli.RunAsync(
                archive.Root, archive.Environment, Limit, "build", "--no-search", "--theme", RepositoryPaths.Theme, "--output", archive.OutputArgument);
            var output = Directory.Exists(archive.Output) ? Snapshot(archive.Output, except: null) : [];
            var leftovers = Directory.EnumerateFileSystemEntries(archive.Root, ".output.*").Select(Path.GetFileName).ToList();
            var after = Snapshot(archive.Root, except: "output");
            var printed = Report(check, build, archive.Root) + Pages(output);
            return new HostileRun(hostile, check, build, archive.OutputArgument, output, leftovers!, before, after, printed, archive.MissingTool);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>The expected-file text: each command, its stdout lines and usage errors, its exit code; paths normalised.</summary>
    private static string Report(TimedCli.Outcome check, TimedCli.Outcome build, string root)
    {
        var lines = new List<string>();
        foreach (var (command, outcome) in new[] { ("$ archivesite check", check), ("$ archivesite build --no-search", build) })
        {
            lines.Add(command);
            lines.AddRange(PrintedText.Lines(Normalise(outcome.Stdout, root)));
            lines.AddRange(PrintedText.Lines(Normalise(outcome.Stderr, root))
                .Where(l => l.StartsWith("archivesite:", StringComparison.Ordinal)).Select(l => "stderr: " + l));
            lines.Add(outcome.TimedOut ? $"timed out after {Limit.TotalSeconds:0} s" : $"exit {outcome.ExitCode}");
        }

        return string.Join('\n', lines);
    }

    /// <summary>The digest, theme and organisation pages a successful build wrote: a lost or an extra page shows in the diff.</summary>
    private static string Pages(List<string> output)
    {
        var pages = output
            .Select(p => p.Split(' ')[0].Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => p.EndsWith("/index.html", StringComparison.Ordinal) && p.Split('/') is ["digests" or "entities" or "tags", _, "index.html"])
            .Select(p => PrintedText.Escape(p[..^"index.html".Length]))
            .ToList();
        return pages.Count == 0 ? "" : "\npages: " + string.Join(' ', pages);
    }

    // Temp folders differ per run and the repository per checkout; nothing else in the output does.
    private static string Normalise(string printed, string root) =>
        printed.Replace(root, "{root}", StringComparison.Ordinal).Replace(RepositoryPaths.Root, "{repo}", StringComparison.Ordinal);

    /// <summary>Every path below <paramref name="folder"/>, with each file's length; links are left out, never followed.</summary>
    private static List<string> Snapshot(string folder, string? except)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        return [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options)
            .Select(i => Path.GetRelativePath(folder, i.FullName) + (i is FileInfo f ? " " + f.Length : ""))
            .Where(p => except is null || !(p == except || p.StartsWith(except + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)];
    }
}
