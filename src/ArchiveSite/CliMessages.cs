namespace ArchiveSite.Cli;

/// <summary>The messages the tool itself prints about its own failures; problems in the content are Core's DiagnosticCodes.</summary>
public static class CliMessages
{
    /// <summary>Where a crash is reported: the repository ArchiveSite is developed in.</summary>
    public const string IssuesUrl = "https://github.com/archivesite/archivesite/issues";

    /// <summary>The one line the last-resort handler prints for an exception no command caught.</summary>
    public static string InternalError(Exception e) => $"archivesite: internal error: {Describe(e)}; please report it at {IssuesUrl}";

    /// <summary>serve's log line when an update fails; the loop goes on and the next save builds the site afresh.</summary>
    public static string UpdateFailed(Exception e) =>
        $"Update failed: internal error: {Describe(e)}; pages show it until the next save rebuilds the site. Please report it at {IssuesUrl}";

    /// <summary>serve's log line when the background search index fails; pages show it until the next save.</summary>
    public static string SearchFailed(Exception e) =>
        $"Search index failed: internal error: {Describe(e)}; pages show it until the next save. Please report it at {IssuesUrl}";

    /// <summary><c>theme eject</c> with neither files nor --all: the list it printed, and what to ask for.</summary>
    public const string EjectWhat =
        "Name the built-in files to copy into the site's theme folder (archivesite theme eject partials/footer.liquid), a folder (partials), or --all.";

    /// <summary><c>theme eject</c> named a file the built-in theme does not have.</summary>
    public static string UnknownThemeFile(string name, string didYouMean) =>
        $"archivesite: the built-in theme has no file or folder '{name}'{didYouMean} ('archivesite theme list' lists its files)";

    /// <summary><c>theme eject</c> left files the site already had as they were.</summary>
    public static string EjectKept(int count) =>
        $"{count} file(s) already in the site's theme folder were kept as they are; eject them with --force to replace them with the built-in version.";

    /// <summary>--theme names a folder that does not exist (the default ./theme may be missing: then the built-in theme is used alone).</summary>
    public static string ThemeFolderMissing(string folder) =>
        $"archivesite: --theme: the folder '{folder}' does not exist; leave --theme out to use the built-in theme (with ./theme's overrides, if any)";

    /// <summary><c>init</c> refuses a folder that already holds anything: it never mixes a new archive into other files.</summary>
    public static string InitNotEmpty(string folder) =>
        $"'{folder}' is not empty; init writes a new archive only into a new or empty folder, so nothing there is overwritten";

    /// <summary><c>init</c> was given a file's name.</summary>
    public static string InitNotAFolder(string path) => $"'{path}' is a file; name a new or empty folder";

    /// <summary>What <c>init</c> prints when the archive is written: the three next steps.</summary>
    public static string Initialised(string folder, string given, string baseUrl) =>
        $"Started a new archive in {folder} (published at {baseUrl}). Next: cd {given} && archivesite build (or archivesite serve to preview); "
        + "README.md says how to publish it with GitHub Pages.";

    /// <summary>"System.InvalidOperationException: the message": what a report needs, without the stack trace.</summary>
    public static string Describe(Exception e)
    {
        // Parallel stages wrap one failure in an AggregateException whose message only says "one or more errors".
        while (e is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            e = aggregate.InnerExceptions[0];
        }

        return $"{e.GetType().FullName}: {e.Message}";
    }
}
