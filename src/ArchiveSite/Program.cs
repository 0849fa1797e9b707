using System.CommandLine;
using ArchiveSite.Cli;
using ArchiveSite.Cli.Commands;

var root = new RootCommand("ArchiveSite: builds a curated news archive (input/ + theme/) into a static site.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    NewCommand.Create(),
    ServeCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"archivesite: {error.Message}");
    }

    Console.Error.WriteLine("Run 'archivesite --help' for the commands and options.");
    return ExitCodes.UsageError;
}

return await parsed.InvokeAsync();
