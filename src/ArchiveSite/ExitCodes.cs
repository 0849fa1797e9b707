namespace ArchiveSite.Cli;

/// <summary>What the process returns: 0 success, 1 content errors, 2 usage errors, 70 an internal error (a bug in ArchiveSite).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    /// <summary>An exception no command caught; 70 is EX_SOFTWARE in BSD's sysexits.h, "an internal software error".</summary>
    public const int InternalError = 70;
}
