using System.Diagnostics;

namespace ArchiveSite.Tests;

/// <summary>Runs a tool the tests check output with (w3m, the Nu Html Checker, a Node script) and collects what it printed.</summary>
public static class ExternalTool
{
    /// <summary>What a run printed, and how it ended.</summary>
    public sealed record Run(int ExitCode, string Output, string Errors);

    /// <param name="install">What to tell a reader whose machine lacks the tool.</param>
    public static async Task<Run> RunAsync(string file, IEnumerable<string> arguments, string install, CancellationToken cancel)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} could not be started ({install})");
        var errors = process.StandardError.ReadToEndAsync(cancel);
        var output = await process.StandardOutput.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel);
        return new Run(process.ExitCode, output, await errors);
    }
}
