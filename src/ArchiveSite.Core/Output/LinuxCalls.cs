using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ArchiveSite.Output;

/// <summary>The three Linux system calls the output folder needs and .NET does not offer: exchange two paths, lock a file, ask whether a folder is writable.</summary>
/// <remarks>Callers check <see cref="OperatingSystem.IsLinux"/> first; the errno values below are Linux's.</remarks>
internal static partial class LinuxCalls
{
    public const int NoSuchCall = 38; // ENOSYS: a kernel older than 3.15, or a C library without the wrapper
    public const int NotSupported = 22; // EINVAL: the file system cannot exchange (e.g. some network and FUSE file systems)
    public const int Busy = 16; // EBUSY: a mount point cannot be renamed
    public const int NoSpace = 28; // ENOSPC
    public const int QuotaExceeded = 122; // EDQUOT
    public const int ReadOnlyFileSystem = 30; // EROFS

    private const int CurrentFolder = -100; // AT_FDCWD: paths are resolved as rename(2) resolves them
    private const uint Exchange = 2; // RENAME_EXCHANGE
    private const int LockExclusive = 2; // LOCK_EX
    private const int LockNoWait = 4; // LOCK_NB
    private const int WriteAccess = 2; // W_OK

    /// <summary>Swaps the two existing paths in one step: no moment exists at which either is missing.</summary>
    /// <returns>0, or the errno; <see cref="NoSuchCall"/> when the C library has no renameat2.</returns>
    public static int ExchangePaths(string first, string second)
    {
        try
        {
            return RenameAt2(CurrentFolder, first, CurrentFolder, second, Exchange) == 0 ? 0 : Marshal.GetLastPInvokeError();
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return NoSuchCall;
        }
    }

    /// <summary>Takes an exclusive lock on the open file without waiting; false when another open handle holds one.</summary>
    /// <remarks>flock(2) locks belong to the open file, not the process, so they also exclude a second handle in the same process.</remarks>
    public static bool TryLock(SafeFileHandle file) => Flock(file, LockExclusive | LockNoWait) == 0;

    /// <summary>0 when the calling user may create and delete entries in <paramref name="folder"/>; otherwise the errno.</summary>
    /// <remarks>The kernel's own check: it sees permissions, read-only mounts and the immutable attribute (chattr +i) alike.</remarks>
    public static int WriteDenied(string folder) => Access(folder, WriteAccess) == 0 ? 0 : Marshal.GetLastPInvokeError();

    /// <summary>The exception .NET itself would throw for <paramref name="errno"/>, so one mapping turns every failure into a diagnostic.</summary>
    public static Exception Failure(int errno, string path)
    {
        var message = $"{Marshal.GetPInvokeErrorMessage(errno)} : '{path}'";
        return errno is 1 or 13 ? new UnauthorizedAccessException(message) : new IOException(message, errno); // EPERM, EACCES
    }

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(SafeFileHandle file, int operation);

    [LibraryImport("libc", EntryPoint = "access", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Access(string path, int mode);
}
