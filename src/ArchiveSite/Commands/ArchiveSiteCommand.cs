using System.CommandLine;

namespace ArchiveSite.Cli.Commands;

/// <summary>The <c>archivesite</c> root command with every verb; Program runs it, tests parse workflow lines with it.</summary>
public static class ArchiveSiteCommand
{
    public static RootCommand Create() =>
        new("ArchiveSite: builds a curated news archive (input/ + theme/) into a static site.")
        {
            BuildCommand.Create(),
            CheckCommand.Create(),
            NewCommand.Create(),
            ServeCommand.Create(),
            ReferenceCommand.Create(),
        };
}
