using System.Text;
using ArchiveSite.Cli.Changes;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Cli;

/// <summary>Writes a Markdown report of a check to $GITHUB_STEP_SUMMARY: the digests a pull request adds or changes, then every problem.</summary>
public static class StepSummary
{
    public const string Variable = "GITHUB_STEP_SUMMARY";

    /// <summary>Rows per table; GitHub caps a step summary at 1 MiB, and past a few hundred rows the terminal output serves better.</summary>
    public const int MaxRows = 300;

    public static void Write(BuildResult result, BuildOptions options, ChangeSet? changes)
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } path)
        {
            return;
        }

        File.AppendAllText(path, Render(result, options, changes), new UTF8Encoding(false));
    }

    public static string Render(BuildResult result, BuildOptions options, ChangeSet? changes)
    {
        var md = new StringBuilder();
        md.Append("## ArchiveSite check\n\n");
        md.Append(result.Errors > 0
            ? $"❌ **{DiagnosticPrinter.Summary(result.Errors, result.Warnings)}.** The site cannot be built until every error is fixed.\n\n"
            : $"✅ **No errors**, {Plural(result.Warnings, "warning")}.\n\n");
        md.Append($"{Plural(result.Digests, "digest")} checked in `{Cell(options.InputFolder)}`.\n\n");

        if (changes is null)
        {
            AppendProblems(md, "Problems", result.Diagnostics);
        }
        else
        {
            AppendChange(md, result, options, changes);
            AppendProblems(md, "Problems in the changed files", [.. result.Diagnostics.Where(changes.Touches)]);
            AppendProblems(md, "Problems elsewhere in the archive", [.. result.Diagnostics.Where(d => !changes.Touches(d))]);
        }

        if (result.Errors > DiagnosticPrinter.AnnotationLimit || result.Warnings > DiagnosticPrinter.AnnotationLimit)
        {
            md.Append($"GitHub shows the first {DiagnosticPrinter.AnnotationLimit} errors and {DiagnosticPrinter.AnnotationLimit} warnings as annotations on the files; the tables above list them all.\n");
        }

        return md.ToString();
    }

    private static void AppendChange(StringBuilder md, BuildResult result, BuildOptions options, ChangeSet changes)
    {
        var digests = changes.Digests(result, options.InputFolder);
        md.Append($"### Digests in this change (since `{Cell(changes.Since)}`)\n\n");
        if (digests.Count == 0)
        {
            md.Append("No digest was added, changed or deleted.\n\n");
        }
        else
        {
            var themes = (result.Input?.Tags ?? []).ToDictionary(t => t.Key, t => t.Title, StringComparer.Ordinal);
            md.Append("| change | digest | date | themes | problems |\n|---|---|---|---|---|\n");
            foreach (var changed in digests)
            {
                var d = changed.Digest;
                var what = d is not null ? $"{Cell(d.Title)}<br>`{Cell(changed.DisplayPath)}`"
                    : changed.File.Kind == ChangeKind.Deleted || changed.Errors > 0 ? $"`{Cell(changed.DisplayPath)}`"
                    : $"`{Cell(changed.DisplayPath)}` (draft: not published)";
                var tags = d is null ? "" : string.Join(", ", d.Tags.Select(t => themes.TryGetValue(t, out var title) ? Cell(title) : $"`{Cell(t)}` (unknown)"));
                md.Append($"| {Kind(changed.File.Kind)} | {what} | {d?.Date.ToString("yyyy-MM-dd") ?? ""} | {tags} | {Verdict(changed)} |\n");
            }

            md.Append('\n');
        }

        if (changes.OtherInputFiles(options.InputFolder) is { Count: > 0 } others)
        {
            md.Append($"Other input files changed: {string.Join(", ", others.Select(p => $"`{Cell(p)}`"))}.\n\n");
        }
    }

    private static void AppendProblems(StringBuilder md, string heading, IReadOnlyList<Diagnostic> diagnostics)
    {
        md.Append($"### {heading} ({diagnostics.Count})\n\n");
        if (diagnostics.Count == 0)
        {
            md.Append("None.\n\n");
            return;
        }

        md.Append("| | file | line | code | problem |\n|---|---|---|---|---|\n");
        foreach (var d in diagnostics.Take(MaxRows))
        {
            md.Append($"| {(d.IsError ? "error" : "warning")} | `{Cell(d.Location.Path)}` | {d.Location.Line}:{d.Location.Column} | {d.Code} | {Cell(d.Message)} |\n");
        }

        if (diagnostics.Count > MaxRows)
        {
            md.Append($"\n… and {diagnostics.Count - MaxRows} more: run `archivesite check` to see them all.\n");
        }

        md.Append('\n');
    }

    private static string Kind(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Renamed => "renamed",
        ChangeKind.Deleted => "deleted",
        _ => "changed",
    };

    private static string Verdict(ChangedDigest changed) =>
        changed.File.Kind == ChangeKind.Deleted ? ""
        : changed.Errors > 0 ? $"❌ {DiagnosticPrinter.Summary(changed.Errors, changed.Warnings)}"
        : changed.Warnings > 0 ? $"⚠️ {Plural(changed.Warnings, "warning")}"
        : "✅ none";

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    // A line break would end the row (escaped, as every printer does); a '|' ends a cell; '<' could open HTML GitHub would sanitise away.
    private static string Cell(string text) =>
        PrintableText.Escape(text).Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
