using System.Diagnostics;
using System.Text;

namespace ArchiveSite.Tests.Robustness;

/// <summary>Runs the built <c>archivesite</c> tool with a hard time limit, so a hanging case fails instead of the suite.</summary>
/// <remarks>Unlike <see cref="Cli.CliProcess"/>, a time-out is an outcome to assert on, not an exception, and the output
/// is read as UTF-8 whatever the machine's locale, so invalid bytes the tool prints show as U+FFFD in the report.</remarks>
public static class TimedCli
{
    public sealed record Outcome(int? ExitCode, string Stdout, string Stderr, TimeSpan Time)
    {
        public bool TimedOut => ExitCode is null;
    }

    public static async Task<Outcome> RunAsync(
        string workingFolder, IReadOnlyDictionary<string, string> environment, TimeSpan limit, params string[] arguments)
    {
        var start = Cli.CliProcess.StartInfo(workingFolder, environment, arguments);
        start.RedirectStandardInput = true;
        start.StandardOutputEncoding = Encoding.UTF8;
        start.StandardErrorEncoding = Encoding.UTF8;

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            return new Outcome(null, await stdout, await stderr, clock.Elapsed);
        }

        return new Outcome(process.ExitCode, await stdout, await stderr, clock.Elapsed);
    }
}
