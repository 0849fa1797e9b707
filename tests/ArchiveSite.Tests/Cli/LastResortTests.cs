using ArchiveSite.Cli;

namespace ArchiveSite.Tests.Cli;

/// <summary>The real process with a command made to throw (<see cref="FaultInjection"/>): one line, exit code 70.</summary>
public class LastResortTests
{

    [Theory]
    [InlineData("check")]
    [InlineData("build", "--no-search")]
    [InlineData("serve", "--no-search", "--port", "0")]
    public void Given_a_command_that_throws_When_run_Then_it_prints_one_internal_error_line_without_a_trace_and_exits_70(string command, params string[] options)
    {
        using var temp = new TempFolder();

        var run = CliProcess.Run(temp.Path, Fault(command), [command, .. options]);

        Assert.Equal(ExitCodes.InternalError, run.ExitCode);
        Assert.Equal(Reported(command), Assert.Single(Lines(run.Stderr), l => l.Contains("internal error", StringComparison.Ordinal)));
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_verbose_When_a_command_throws_Then_the_stack_trace_follows_the_line()
    {
        using var temp = new TempFolder();

        var run = CliProcess.Run(temp.Path, Fault("check"), "check", "--verbose");

        Assert.Equal(ExitCodes.InternalError, run.ExitCode);
        var lines = Lines(run.Stderr);
        Assert.Equal(Reported("check"), lines[0]);
        Assert.Contains(lines, l => l.TrimStart().StartsWith("at ArchiveSite.Cli.FaultInjection.At(", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_the_variable_names_another_command_When_check_runs_Then_nothing_is_injected()
    {
        using var temp = new TempFolder();
        temp.CopyFrom(RepositoryPaths.Fixture("minimal"), "input");

        var run = CliProcess.Run(temp.Path, Fault("build"), "check");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain("internal error", run.Stderr, StringComparison.Ordinal);
    }

    private static string Reported(string command) =>
        $"archivesite: internal error: System.InvalidOperationException: fault injected by ARCHIVESITE_INJECT_FAULT={command}; please report it at https://github.com/archivesite/archivesite/issues";

    private static Dictionary<string, string> Fault(string command) => new() { [FaultInjection.Variable] = command };

    private static List<string> Lines(string text) => [.. text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries)];
}
