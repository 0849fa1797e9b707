namespace ArchiveSite.Cli;

/// <summary>What the process returns: 0 success, 1 content errors, 2 usage errors.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
}
