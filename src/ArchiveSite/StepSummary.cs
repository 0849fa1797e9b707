using System.Text;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Cli;

/// <summary>Writes a Markdown report of a check to $GITHUB_STEP_SUMMARY, so a pull request's run page shows every problem.</summary>
public static class StepSummary
{
    public const string Variable = "GITHUB_STEP_SUMMARY";

    public static void Write(BuildResult result, BuildOptions options)
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } path)
        {
            return;
        }

        File.AppendAllText(path, Render(result, options), new UTF8Encoding(false));
    }

    public static string Render(BuildResult result, BuildOptions options)
    {
        var md = new StringBuilder();
        md.AppendLine("## ArchiveSite check").AppendLine();
        md.AppendLine(result.Succeeded ? "✅ The archive is valid." : "❌ The archive has errors; the site cannot be built until they are fixed.");
        md.AppendLine().AppendLine($"{result.Digests} digests checked in `{options.InputFolder}`: {result.Errors} errors, {result.Warnings} warnings.").AppendLine();
        if (result.Diagnostics.Count == 0)
        {
            return md.ToString();
        }

        md.AppendLine("| | File | Line | Code | Problem |").AppendLine("|---|---|---|---|---|");
        foreach (var d in result.Diagnostics)
        {
            md.AppendLine($"| {(d.IsError ? "error" : "warning")} | `{Cell(d.Location.Path)}` | {d.Location.Line}:{d.Location.Column} | {d.Code} | {Cell(d.Message)} |");
        }

        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
