using Spectre.Console;

namespace ArchiveSite.Cli;

/// <summary>Where diagnostics go and in which form: coloured on <paramref name="Terminal"/> when there is one, plain
/// lines on <paramref name="Out"/> otherwise, and workflow commands on <paramref name="Out"/> when <paramref name="Annotate"/>.</summary>
/// <param name="Workspace">The checkout annotations' paths are relative to (GITHUB_WORKSPACE).</param>
public sealed record PrintTarget(TextWriter Out, IAnsiConsole? Terminal = null, bool Annotate = false, string? Workspace = null)
{
    /// <summary>The process's own console, in the form its environment asks for.</summary>
    public static PrintTarget Console() => new(
        System.Console.Out,
        ConsoleProgress.Interactive ? AnsiConsole.Console : null,
        DiagnosticPrinter.Annotates,
        Environment.GetEnvironmentVariable("GITHUB_WORKSPACE"));
}
