namespace ArchiveSite.Cli;

/// <summary>The handler kept around every command: an exception nothing else caught becomes one line asking for a
/// report, and exit code 70; the stack trace follows only with <c>--verbose</c>.</summary>
public static class LastResort
{
    public static async Task<int> RunAsync(Func<Task<int>> command, bool verbose, TextWriter error)
    {
        try
        {
            return await command();
        }
        catch (Exception e)
        {
            Report(e, verbose, error);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Also for a thread the commands do not own: then the runtime ends the process right after.</summary>
    public static void Report(Exception e, bool verbose, TextWriter error)
    {
        error.WriteLine(PrintableText.Line(CliMessages.InternalError(e)));
        if (verbose)
        {
            // The message may quote input, so the trace's lines are escaped like every other line.
            foreach (var line in e.ToString().ReplaceLineEndings("\n").Split('\n'))
            {
                error.WriteLine(PrintableText.Line(line));
            }
        }
    }
}
