using System.Text;
using ArchiveSite.Diagnostics;
using Spectre.Console;

namespace ArchiveSite.Cli;

/// <summary>Prints diagnostics as coloured lines on a terminal, plain lines otherwise, and GitHub annotations in Actions.</summary>
public static class DiagnosticPrinter
{
    /// <summary>GitHub shows at most 10 error and 10 warning annotations per step; the rest go to the summary.</summary>
    public const int AnnotationLimit = 10;

    /// <summary>Set to "off" on a step whose problems an earlier step already annotated (a PR's build after its check).</summary>
    public const string AnnotationsVariable = "ARCHIVESITE_ANNOTATIONS";

    public static bool InGitHubActions => Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";

    /// <summary>True when diagnostics should also be printed as workflow commands.</summary>
    public static bool Annotates => InGitHubActions && Environment.GetEnvironmentVariable(AnnotationsVariable) != "off";

    public static void Print(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (ConsoleProgress.Interactive)
            {
                var colour = diagnostic.IsError ? "red" : "yellow";
                AnsiConsole.MarkupLine($"[{colour}]{Markup.Escape(diagnostic.ToString())}[/]");
            }
            else
            {
                Console.WriteLine(diagnostic.ToString());
            }
        }

        if (Annotates)
        {
            foreach (var group in diagnostics.GroupBy(d => d.Severity))
            {
                foreach (var diagnostic in group.Take(AnnotationLimit))
                {
                    Console.WriteLine(Annotation(diagnostic));
                }
            }
        }
    }

    /// <summary>A workflow command GitHub turns into an annotation on the file and line.</summary>
    public static string Annotation(Diagnostic diagnostic) =>
        Annotation(diagnostic, Environment.GetEnvironmentVariable("GITHUB_WORKSPACE"));

    /// <summary>The annotation with its file relative to <paramref name="workspace"/> (the checkout), as GitHub matches it.</summary>
    public static string Annotation(Diagnostic diagnostic, string? workspace)
    {
        var kind = diagnostic.IsError ? "error" : "warning";
        var location = diagnostic.Location;
        return $"::{kind} file={Property(RepositoryPath(location.Path, workspace))},line={location.Line},col={location.Column},title={Property(diagnostic.Code)}::{Message(diagnostic.Message)}";
    }

    /// <summary>A one-line verdict: "3 errors, 1 warning".</summary>
    public static string Summary(int errors, int warnings) =>
        $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";

    // GitHub matches annotation paths against the repository root (GITHUB_WORKSPACE), not the step's working folder.
    private static string RepositoryPath(string path, string? workspace)
    {
        if (string.IsNullOrEmpty(workspace))
        {
            return path;
        }

        var relative = Path.GetRelativePath(Path.GetFullPath(workspace), Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? path
            : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    // Escaping as @actions/core does: data gets %, CR, LF; properties also ':' and ','.
    private static string Message(string text) =>
        new StringBuilder(text).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    private static string Property(string text) =>
        new StringBuilder(Message(text)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
