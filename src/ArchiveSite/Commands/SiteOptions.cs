using System.CommandLine;

namespace ArchiveSite.Cli.Commands;

/// <summary>The options every site command shares: where the input, theme and output are.</summary>
public sealed class SiteOptions
{
    public Option<string> Input { get; } = new("--input", "-i") { Description = "The archive's content folder", DefaultValueFactory = _ => "input" };

    public Option<string> Theme { get; } = new("--theme", "-t")
    {
        Description = "The site's theme folder: its files override the built-in theme's, file by file (default ./theme, used when it exists)",
        DefaultValueFactory = _ => "theme",
    };

    public Option<string> Output { get; } = new("--output", "-o") { Description = "Where the site is written; replaced as a whole on success", DefaultValueFactory = _ => "output" };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Absolute URL the site is published at (overrides site.yml's base_url)" };

    public Option<string?> ArchiveVersion { get; } = new("--archive-version")
    {
        Description = "The archive's version for data files, footer and citations (overrides site.yml's version; default: the tag of a GitHub Actions tag build)",
    };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include digests marked draft: true" };

    public Option<bool> NoSearch { get; } = new("--no-search") { Description = "Skip the search index (no Node.js needed)" };

    public SiteOptions()
    {
        RequireFolderName(Input);
        RequireFolderName(Theme);
        RequireFolderName(Output);
    }

    /// <summary>Makes an empty or blank folder option a usage error (exit code 2) instead of a path the library cannot use.</summary>
    public static void RequireFolderName(Option option) => option.Validators.Add(result =>
    {
        if (result.Tokens.Count > 0 && string.IsNullOrWhiteSpace(result.GetValueOrDefault<string?>()))
        {
            result.AddError($"{option.Name} needs a folder name, not an empty value");
        }
    });

    public void AddTo(Command command, bool output)
    {
        command.Options.Add(Input);
        command.Options.Add(Theme);
        if (output)
        {
            command.Options.Add(Output);
            command.Options.Add(BaseUrl);
            command.Options.Add(ArchiveVersion);
            command.Options.Add(NoSearch);
        }

        command.Options.Add(Drafts);
    }

    /// <summary>The build options from a parse result, or null (after printing why) when --base-url is not an absolute
    /// http(s) URL or the archive version is not usable.</summary>
    /// <param name="environment">Reads an environment variable; the process's own when null (tests pass their own).</param>
    public BuildOptions? Read(ParseResult result, Func<string, string?>? environment = null)
    {
        Uri? baseUrl = null;
        if (result.GetValue(BaseUrl) is { Length: > 0 } text)
        {
            if (!Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out baseUrl) || baseUrl.Scheme is not ("http" or "https"))
            {
                Console.Error.WriteLine($"archivesite: --base-url must be an absolute http(s) URL, not '{text}'");
                return null;
            }
        }

        if (result.GetResult(Theme) is { Implicit: false } && !Directory.Exists(result.GetValue(Theme)))
        {
            Console.Error.WriteLine(PrintableText.Line(CliMessages.ThemeFolderMissing(result.GetValue(Theme)!)));
            return null;
        }

        if (!TryReadVersion(result, environment ?? Environment.GetEnvironmentVariable, out var version))
        {
            return null;
        }

        return new BuildOptions(
            result.GetValue(Input)!, result.GetValue(Theme)!, result.GetValue(Output) ?? "output",
            baseUrl, result.GetValue(Drafts), !result.GetValue(NoSearch))
        { Version = version };
    }

    /// <summary>--archive-version, else the tag a GitHub Actions run was started for (GITHUB_REF_TYPE=tag), else none.</summary>
    /// <remarks>Read here and passed in, so the library never looks at the environment or shells out to git for it.</remarks>
    private bool TryReadVersion(ParseResult result, Func<string, string?> environment, out string? version)
    {
        var (text, from) = result.GetValue(ArchiveVersion) is { } given
            ? (given, "--archive-version")
            : environment("GITHUB_REF_TYPE") == "tag" && environment("GITHUB_REF_NAME") is { Length: > 0 } tag
                ? (tag, "the git tag in GITHUB_REF_NAME")
                : (null, "");
        version = text;
        if (text is not null && Model.ArchiveVersion.Problem(text) is { } problem)
        {
            Console.Error.WriteLine(PrintableText.Line($"archivesite: {from} '{text}' is not a usable archive version: it {problem}"));
            return false;
        }

        return true;
    }
}
