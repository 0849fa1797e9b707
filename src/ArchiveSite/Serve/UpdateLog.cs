using ArchiveSite.Diagnostics;

namespace ArchiveSite.Cli.Serve;

/// <summary>What <c>serve</c> prints about each update: which files changed, how much was written and how fast, new
/// diagnostics, and failures. Each line is escaped, as file names in it may hold anything.</summary>
public sealed class UpdateLog(TextWriter log)
{
    public void Starting(BuildOptions options, string outputFolder) =>
        Write($"Building {options.InputFolder} with {options.ThemeFolder} into {outputFolder}...");

    /// <param name="first">When the first files were on disk: the edited page, which is what the curator waits for.</param>
    public void Updated(BuildResult update, bool sameDiagnostics, bool initial, TimeSpan? first)
    {
        if (!initial && update.Changed.Count == 0 && update.Written.Count == 0 && sameDiagnostics)
        {
            return; // A watcher event that changed nothing the site is made from.
        }

        var what = update.Changed.Count switch
        {
            _ when initial => "Built the site:",
            0 => "Built",
            <= 3 => string.Join(", ", update.Changed) + ":",
            _ => $"{update.Changed.Count} files changed:",
        };
        var firstWritten = first is { } time && update.Written.Count > 1 ? $" (the first after {time.TotalMilliseconds:0} ms)" : "";
        Write($"{what} {update.Rendered} page{(update.Rendered == 1 ? "" : "s")} rendered, {update.Written.Count} file{(update.Written.Count == 1 ? "" : "s")} written in {update.Time.TotalMilliseconds:0} ms{firstWritten}.");
        if (!sameDiagnostics)
        {
            foreach (var diagnostic in update.Diagnostics)
            {
                Write(diagnostic.ToString());
            }
        }

        if (!update.Succeeded)
        {
            Write($"The site has {DiagnosticPrinter.Summary(update.Diagnostics.Count(d => d.IsError), update.Diagnostics.Count(d => !d.IsError))}; pages show them until they are fixed.");
        }
    }

    /// <summary>One line for an update that threw: no stack trace, as for every other problem serve reports.</summary>
    public void Failed(Exception e) => Write(CliMessages.UpdateFailed(e));

    public void Searched(IReadOnlyList<Diagnostic> diagnostics, TimeSpan time)
    {
        foreach (var diagnostic in diagnostics)
        {
            Write(diagnostic.ToString());
        }

        if (diagnostics.Count == 0)
        {
            Write($"Search index refreshed in {time.TotalSeconds:0.0} s.");
        }
    }

    public void SearchFailed(Exception e) => Write(CliMessages.SearchFailed(e));

    private void Write(string line) => log.WriteLine(PrintableText.Line(line));
}
