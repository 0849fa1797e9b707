using System.CommandLine;
using ArchiveSite.Cli;
using ArchiveSite.Cli.Commands;

var parsed = ArchiveSiteCommand.Create().Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(PrintableText.Line($"archivesite: {error.Message}"));
    }

    Console.Error.WriteLine("Run 'archivesite --help' for the commands and options.");
    return ExitCodes.UsageError;
}

var verbose = parsed.GetValue<bool>(ArchiveSiteCommand.VerboseOption);

// A thread no command owns (a timer, a watcher) cannot be caught around the command; it gets the same line and exit code.
AppDomain.CurrentDomain.UnhandledException += (_, e) =>
{
    LastResort.Report(e.ExceptionObject as Exception ?? new InvalidOperationException($"{e.ExceptionObject}"), verbose, Console.Error);
    Environment.Exit(ExitCodes.InternalError);
};

// System.CommandLine's own handler would print the whole exception and return 1, as if the content were wrong.
return await LastResort.RunAsync(
    () => parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }), verbose, Console.Error);
