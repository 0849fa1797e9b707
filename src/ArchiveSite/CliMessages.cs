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
