using System.Text;
using Microsoft.Win32.SafeHandles;

namespace ArchiveSite.Output;

/// <summary>A staging folder's marker file, held open and locked while its build runs, so that another build does not take the folder for a killed build's leftover.</summary>
/// <remarks>
/// A killed process loses its locks with its handles, so a leftover is never held. On Linux the lock is flock(2), taken
/// explicitly because the tool turns .NET's own file locking off; on Windows the open handle's sharing mode does the same.
/// </remarks>
internal sealed class StagingMarker : IDisposable
{
    private readonly SafeFileHandle _file;

    private StagingMarker(SafeFileHandle file) => _file = file;

    /// <summary>Writes the marker into <paramref name="folder"/> and keeps it locked until disposed.</summary>
    public static StagingMarker Create(string folder, string text)
    {
        var file = File.OpenHandle(Path.Combine(folder, OutputPolicy.MarkerFile), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        try
        {
            RandomAccess.Write(file, Encoding.UTF8.GetBytes(text), 0);
            if (OperatingSystem.IsLinux() && !LinuxCalls.TryLock(file))
            {
                throw new IOException($"cannot lock {OutputPolicy.MarkerFile} in {folder}");
            }

            return new StagingMarker(file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Whether a running build holds the marker in <paramref name="folder"/>.</summary>
    public static bool IsHeld(string folder)
    {
        try
        {
            using var file = File.OpenHandle(Path.Combine(folder, OutputPolicy.MarkerFile), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return OperatingSystem.IsLinux() && !LinuxCalls.TryLock(file);
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true; // A sharing violation: the holder opened it exclusively (Windows, or .NET's own locking on Unix).
        }
    }

    public void Dispose() => _file.Dispose();
}
