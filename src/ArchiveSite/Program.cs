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

return await parsed.InvokeAsync();
