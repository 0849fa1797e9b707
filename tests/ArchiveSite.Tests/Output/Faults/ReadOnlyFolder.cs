using System.Diagnostics;

namespace ArchiveSite.Tests.Output.Faults;

/// <summary>Makes a folder read-only for one test: chattr +i as root (root ignores permissions), chmod a-w otherwise.</summary>
public sealed class ReadOnlyFolder : IDisposable
{
    private readonly UnixFileMode? _modeBefore; // null: made immutable with chattr.

    private string _path;

    private ReadOnlyFolder(string path, UnixFileMode? modeBefore)
    {
        _path = path;
        _modeBefore = modeBefore;
    }

    /// <summary>Follows the folder to where it was moved (renaming does not change its attributes), so it is made writable there.</summary>
    public void MovedTo(string path) => _path = path;

    public static ReadOnlyFolder Make(string path)
    {
        if (Environment.IsPrivilegedProcess)
        {
            var (status, error) = Tmpfs.Run("chattr", "+i", path);
            Assert.SkipWhen(status != 0, $"running as root, where only chattr +i makes a folder read-only, and chattr failed ({error.Trim()})");
            return new ReadOnlyFolder(path, null);
        }

        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            File.SetUnixFileMode(path, mode & ~(UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
            return new ReadOnlyFolder(path, mode);
        }

        Assert.Skip("read-only folders are made with chattr or chmod; not on Windows");
        throw new UnreachableException();
    }

    public void Dispose()
    {
        if (_modeBefore is { } mode && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_path, mode);
        }
        else
        {
            Tmpfs.Run("chattr", "-i", _path);
        }
    }
}
