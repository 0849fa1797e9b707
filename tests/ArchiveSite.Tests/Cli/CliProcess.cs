using System.Diagnostics;

namespace ArchiveSite.Tests.Cli;

/// <summary>Runs the built <c>archivesite</c> tool as a separate process, as a workflow step does, with a controlled environment.</summary>
public static class CliProcess
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr)
    {
        public IReadOnlyList<string> StdoutLines => Stdout.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Outcome Run(string workingFolder, params string[] arguments) =>
        Run(workingFolder, new Dictionary<string, string>(), arguments);

    /// <param name="environment">Variables to set; GitHub's own are cleared first so a test run inside Actions is not mistaken for a workflow step.</param>
    public static Outcome Run(string workingFolder, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(workingFolder, environment, arguments))!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("archivesite " + string.Join(' ', arguments) + " did not finish");
        }

        return new Outcome(process.ExitCode, stdout, stderr.Result);
    }

    /// <summary>Starts the tool and returns at once, for tests that stop it midway; its output is read and dropped so it never blocks on a full pipe.</summary>
    public static Process Start(string workingFolder, params string[] arguments)
    {
        var process = Process.Start(StartInfo(workingFolder, new Dictionary<string, string>(), arguments))!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    /// <summary>How the tool is started: the built archivesite.dll, GitHub's variables cleared, CI=true, then <paramref name="environment"/>.</summary>
    public static ProcessStartInfo StartInfo(string workingFolder, IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archivesite.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("GITHUB_", StringComparison.Ordinal) || k == "ARCHIVESITE_ANNOTATIONS").ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["CI"] = "true";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
