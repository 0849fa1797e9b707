namespace ArchiveSite.Tests.Output.Faults;

/// <summary>The fault tests run one after another: they time real processes and mount file systems, and would skew each other.</summary>
[CollectionDefinition(Collection)]
public sealed class FaultTests
{
    public const string Collection = "output faults";

    /// <summary>Asserts a run of the tool printed one line with <paramref name="code"/>, no stack trace, and failed with exit code 1.</summary>
    public static void AssertOneDiagnostic(Cli.CliProcess.Outcome run, string code)
    {
        var lines = (run.Stdout + run.Stderr).ReplaceLineEndings("\n").Split('\n');
        Assert.True(run.ExitCode == 1, $"exit code {run.ExitCode}:\n{run.Stdout}\n{run.Stderr}");
        Assert.Single(lines, line => line.Contains(code, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal) || line.Contains("Unhandled", StringComparison.Ordinal));
    }
}
