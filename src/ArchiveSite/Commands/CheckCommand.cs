using System.CommandLine;
using ArchiveSite.Cli.Changes;

namespace ArchiveSite.Cli.Commands;

/// <summary><c>archivesite check</c>: reads and validates the archive, prints every problem, writes nothing.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var options = new SiteOptions();
        var changedSince = new Option<string?>("--changed-since")
        {
            Description = "A git ref (e.g. origin/main): list the digests changed since it in the step summary, and their problems first",
            HelpName = "ref",
        };
        var command = new Command("check", "Validate the archive and print every problem; writes nothing") { changedSince };
        options.AddTo(command, output: false);
        command.SetAction(result =>
        {
            if (options.Read(result) is not { } check)
            {
                return ExitCodes.UsageError;
            }

            FaultInjection.At("check");
            ChangeSet? changes = null;
            if (result.GetValue(changedSince) is { } since)
            {
                if (GitChanges.Since(since, check.InputFolder, out var problem) is not { } files)
                {
                    Console.Error.WriteLine(PrintableText.Line($"archivesite: --changed-since: {problem}"));
                    return ExitCodes.UsageError;
                }

                changes = new ChangeSet(since, files);
            }

            var outcome = new SiteBuild(check).Check();
            DiagnosticPrinter.Print(changes?.ChangedFirst(outcome.Diagnostics) ?? outcome.Diagnostics);
            StepSummary.Write(outcome, check, changes);
            Console.Error.WriteLine($"Checked {outcome.Digests} digests: {DiagnosticPrinter.Summary(outcome.Errors, outcome.Warnings)}.");
            return outcome.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
        });
        return command;
    }
}
