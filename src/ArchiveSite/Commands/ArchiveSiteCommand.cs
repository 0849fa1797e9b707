using System.CommandLine;

namespace ArchiveSite.Cli.Commands;

/// <summary>The <c>archivesite</c> root command with every verb; Program runs it, tests parse workflow lines with it.</summary>
public static class ArchiveSiteCommand
{
    /// <summary>The global option that adds the stack trace to an internal error.</summary>
    public const string VerboseOption = "--verbose";

    public static RootCommand Create() =>
        new("ArchiveSite: builds a curated news archive (input/ + theme/) into a static site.")
        {
            BuildCommand.Create(),
            CheckCommand.Create(),
            InitCommand.Create(),
            NewCommand.Create(),
            ServeCommand.Create(),
            ThemeCommand.Create(),
            ReferenceCommand.Create(),
            new Option<bool>(VerboseOption) { Description = "On an internal error, print its stack trace too (for a bug report)", Recursive = true },
        };
}
