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

    public static void Print(IReadOnlyList<Diagnostic> diagnostics) => Print(diagnostics, PrintTarget.Console());

    public static void Print(IReadOnlyList<Diagnostic> diagnostics, PrintTarget target)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (target.Terminal is { } terminal)
            {
                terminal.Write(new ColouredLine(Line(diagnostic), diagnostic.IsError ? Color.Red : Color.Yellow));
            }
            else
            {
                target.Out.WriteLine(Line(diagnostic));
            }
        }

        if (target.Annotate)
        {
            foreach (var group in diagnostics.GroupBy(d => d.Severity))
            {
                foreach (var diagnostic in group.Take(AnnotationLimit))
                {
                    target.Out.WriteLine(Annotation(diagnostic, target.Workspace));
                }
            }
        }
    }

    /// <summary>The diagnostic as one printable line: <c>path:line:col: error CODE: message</c>, escaped.</summary>
    public static string Line(Diagnostic diagnostic) => PrintableText.Line(diagnostic.ToString());

    /// <summary>A workflow command GitHub turns into an annotation on the file and line.</summary>
    public static string Annotation(Diagnostic diagnostic) =>
        Annotation(diagnostic, Environment.GetEnvironmentVariable("GITHUB_WORKSPACE"));

    /// <summary>The annotation with its file relative to <paramref name="workspace"/> (the checkout), as GitHub matches it.</summary>
    public static string Annotation(Diagnostic diagnostic, string? workspace)
    {
        var kind = diagnostic.IsError ? "error" : "warning";
        var location = diagnostic.Location;
        var file = PrintableText.AnnotationProperty(RepositoryPath(location.Path, workspace));
        return $"::{kind} file={file},line={location.Line},col={location.Column},title={PrintableText.AnnotationProperty(diagnostic.Code)}::{PrintableText.AnnotationData(diagnostic.Message)}";
    }

    /// <summary>A one-line verdict: "3 errors, 1 warning".</summary>
    public static string Summary(int errors, int warnings) =>
        $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";

    // GitHub matches annotation paths against the repository root (GITHUB_WORKSPACE), not the step's working folder.
    // Path.GetFullPath refuses an empty path and a NUL; whatever a diagnostic carries, the printer must not throw.
    private static string RepositoryPath(string path, string? workspace)
    {
        if (string.IsNullOrEmpty(workspace) || path.Length == 0 || path.Contains('\0', StringComparison.Ordinal))
        {
            return path;
        }

        var relative = Path.GetRelativePath(Path.GetFullPath(workspace), Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? path
            : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
