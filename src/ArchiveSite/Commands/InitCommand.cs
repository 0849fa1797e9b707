using System.CommandLine;
using System.Reflection;
using System.Text.RegularExpressions;
using ArchiveSite.Authoring;
using ArchiveSite.Common;

namespace ArchiveSite.Cli.Commands;

/// <summary><c>archivesite init DIR</c>: writes a new, working archive (content, workflows, README) into a new or empty folder.</summary>
public static partial class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "Where the new archive goes: a new or empty folder" };
        var title = new Option<string>("--title") { Description = "The archive's name, shown on every page", DefaultValueFactory = _ => "My news archive" };
        var language = new Option<string>("--language") { Description = "The language the archive is written in (a code such as en or fr)", DefaultValueFactory = _ => "en" };
        var repository = new Option<string?>("--repository")
        {
            Description = "The GitHub repository it will live in, owner/name: sets base_url to https://owner.github.io/name/ and the correction links",
            HelpName = "owner/name",
        };
        var command = new Command("init", "Start a new archive: site settings, example themes and digest, an about page, GitHub Pages and pull-request workflows")
        {
            folder, title, language, repository,
        };
        command.SetAction(result =>
        {
            var target = result.GetValue(folder)!;
            var settings = new StarterArchive.Settings(
                result.GetValue(title)!.Trim(), result.GetValue(language)!.Trim(), result.GetValue(repository)?.Trim(), DateOnly.FromDateTime(DateTime.Now), ToolVersion);
            if (Problem(target, settings) is { } problem)
            {
                Console.Error.WriteLine(PrintableText.Line("archivesite: init: " + problem));
                return ExitCodes.UsageError;
            }

            StarterArchive.Write(target, settings);
            Console.Error.WriteLine(PrintableText.Line(CliMessages.Initialised(DisplayPath.Of(Path.GetFullPath(target)), target, settings.BaseUrl.ToString())));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The version the new archive's workflows install: this tool's own.</summary>
    public static string ToolVersion { get; } =
        typeof(InitCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.1.0";

    private static string? Problem(string target, StarterArchive.Settings settings)
    {
        if (File.Exists(target))
        {
            return CliMessages.InitNotAFolder(target);
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            return CliMessages.InitNotEmpty(target);
        }

        if (settings.Title.Length == 0 || settings.Title.Any(char.IsControl))
        {
            return "--title needs a one-line name";
        }

        if (!LanguageCode().IsMatch(settings.Language))
        {
            return $"--language '{settings.Language}' is not a language code such as en, fr or pt-BR";
        }

        return settings.Repository is { } repository && !RepositoryName().IsMatch(repository)
            ? $"--repository '{repository}' is not a GitHub repository written owner/name"
            : null;
    }

    [GeneratedRegex(@"\A[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*\z")]
    private static partial Regex LanguageCode();

    [GeneratedRegex(@"\A[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}\z")]
    private static partial Regex RepositoryName();
}
