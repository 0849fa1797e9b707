using System.CommandLine;

namespace ArchiveSite.Cli.Commands;

/// <summary><c>archivesite check</c>: reads and validates the archive, prints every problem, writes nothing.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var options = new SiteOptions();
        var command = new Command("check", "Validate the archive and print every problem; writes nothing");
        options.AddTo(command, output: false);
        command.SetAction(result =>
        {
            var check = options.Read(result)!;
            var outcome = new SiteBuild(check).Check();
            DiagnosticPrinter.Print(outcome.Diagnostics);
            StepSummary.Write(outcome, check);
            Console.Error.WriteLine($"Checked {outcome.Digests} digests: {DiagnosticPrinter.Summary(outcome.Errors, outcome.Warnings)}.");
            return outcome.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
        });
        return command;
    }
}
