namespace ArchiveSite.Cli;

/// <summary>The messages the tool itself prints about its own failures; problems in the content are Core's DiagnosticCodes.</summary>
public static class CliMessages
{
    /// <summary>Where a crash is reported: the repository ArchiveSite is developed in.</summary>
    public const string IssuesUrl = "https://github.com/archivesite/archivesite/issues";

    /// <summary>The one line the last-resort handler prints for an exception no command caught.</summary>
    public static string InternalError(Exception e) => $"archivesite: internal error: {Describe(e)}; please report it at {IssuesUrl}";

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
