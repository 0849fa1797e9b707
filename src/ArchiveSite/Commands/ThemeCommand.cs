using System.CommandLine;
using ArchiveSite.Common;

namespace ArchiveSite.Cli.Commands;

/// <summary><c>archivesite theme list</c> and <c>theme eject</c>: the built-in theme next to the site's theme folder, and
/// copying built-in files into it to edit (each copy then overrides its built-in file).</summary>
public static class ThemeCommand
{
    public static Command Create() => new("theme", "See which theme files the site overrides, and copy built-in files out to edit") { List(), Eject() };

    private static Option<string> ThemeFolder() => new("--theme", "-t")
    {
        Description = "The site's theme folder, whose files override the built-in theme's",
        DefaultValueFactory = _ => "theme",
    };

    private static Command List()
    {
        var theme = ThemeFolder();
        var command = new Command("list", "List every theme file a build uses and where it comes from (built-in, or the site's theme folder)") { theme };
        command.SetAction(result =>
        {
            Print(result.GetValue(theme)!);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Eject()
    {
        var theme = ThemeFolder();
        var files = new Argument<string[]>("file")
        {
            Description = "Built-in files to copy, by their path in the theme (partials/footer.liquid), or a folder (partials)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var all = new Option<bool>("--all") { Description = "Copy every built-in file" };
        var force = new Option<bool>("--force") { Description = "Replace files the site's theme folder already has" };
        var command = new Command("eject", "Copy built-in theme files into the site's theme folder, where they override the built-in ones") { files, theme, all, force };
        command.SetAction(result =>
        {
            var folder = result.GetValue(theme)!;
            var named = result.GetValue(files) ?? [];
            if (named.Length == 0 && !result.GetValue(all))
            {
                Print(folder);
                Console.Error.WriteLine(CliMessages.EjectWhat);
                return ExitCodes.UsageError;
            }

            (string Name, string DidYouMean)? unknown = null;
            var chosen = result.GetValue(all) ? SiteTheme.BuiltInFiles : SiteTheme.Resolve(named, out unknown);
            if (chosen is null)
            {
                Console.Error.WriteLine(PrintableText.Line(CliMessages.UnknownThemeFile(unknown!.Value.Name, unknown.Value.DidYouMean)));
                return ExitCodes.UsageError;
            }

            var ejected = SiteTheme.Eject(folder, chosen, result.GetValue(force));
            foreach (var file in ejected)
            {
                var path = DisplayPath.Of(file.Path);
                Console.WriteLine(PrintableText.Line(file.Outcome switch
                {
                    EjectOutcome.Copied => $"copied    {path}",
                    EjectOutcome.Replaced => $"replaced  {path}",
                    _ => $"kept      {path} (already there)",
                }));
            }

            if (ejected.Any(f => f.Outcome == EjectOutcome.Kept))
            {
                Console.Error.WriteLine(CliMessages.EjectKept(ejected.Count(f => f.Outcome == EjectOutcome.Kept)));
                return ExitCodes.ContentErrors;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // "partials/footer.liquid  overridden  theme/partials/footer.liquid": one line per file, in the order a build looks them up.
    private static void Print(string folder)
    {
        var entries = SiteTheme.List(folder);
        var width = entries.Max(e => e.Name.Length);
        foreach (var entry in entries)
        {
            var source = entry.Source switch
            {
                ThemeSource.BuiltIn => "built-in",
                ThemeSource.Overridden => "overridden by " + DisplayPath.Of(Path.GetFullPath(entry.SitePath!)),
                ThemeSource.SameAsBuiltIn => "site copy, same as built-in: " + DisplayPath.Of(Path.GetFullPath(entry.SitePath!)),
                _ => "site only: " + DisplayPath.Of(Path.GetFullPath(entry.SitePath!)),
            };
            Console.WriteLine(PrintableText.Line($"{entry.Name.PadRight(width)}  {source}"));
        }
    }
}
