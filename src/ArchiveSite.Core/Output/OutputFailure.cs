using ArchiveSite.Common;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Output;

/// <summary>Turns an I/O failure while writing or replacing the output folder into the one diagnostic that says what to do.</summary>
internal static class OutputFailure
{
    /// <summary>Whether <paramref name="exception"/> is a failure of the file system rather than of the code.</summary>
    public static bool IsFileSystem(Exception exception) => exception is IOException or UnauthorizedAccessException;

    /// <summary>The diagnostic for <paramref name="exception"/>, located at the output folder.</summary>
    public static Diagnostic Describe(Exception exception, string outputFolder)
    {
        var shown = DisplayPath.Of(outputFolder);
        var code = exception switch
        {
            UnauthorizedAccessException => DiagnosticCodes.OutputReadOnly,
            IOException e when IsNoSpace(e.HResult) => DiagnosticCodes.OutputNoSpace,
            IOException e when OperatingSystem.IsLinux() && e.HResult == LinuxCalls.ReadOnlyFileSystem => DiagnosticCodes.OutputReadOnly,
            IOException e when OperatingSystem.IsLinux() && e.HResult == LinuxCalls.Busy => DiagnosticCodes.OutputBusy,
            _ => DiagnosticCodes.OutputWriteFailed,
        };
        return code.At(SourceLocation.StartOf(shown), shown, exception.Message);
    }

    // On Unix .NET puts the errno in HResult; on Windows it is HRESULT_FROM_WIN32 of the error code.
    private static bool IsNoSpace(int result) =>
        OperatingSystem.IsWindows()
            ? result is unchecked((int)0x80070070) or unchecked((int)0x80070027) // ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL
            : result == LinuxCalls.NoSpace || (OperatingSystem.IsLinux() && result == LinuxCalls.QuotaExceeded) || (OperatingSystem.IsMacOS() && result == 69); // ENOSPC (28 on both), EDQUOT
}
