using System.Diagnostics;

namespace ArchiveSite.Tests.Output.Faults;

/// <summary>A small tmpfs mounted for one test (root only), to fill a disk without filling the machine's.</summary>
public sealed class Tmpfs : IDisposable
{
    private Tmpfs(string path) => Path = path;

    public string Path { get; }

    /// <summary>Mounts a tmpfs of <paramref name="size"/> (e.g. "2m") at <paramref name="path"/>, or skips the test saying why it cannot.</summary>
    public static Tmpfs Mount(string path, string size)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && Environment.IsPrivilegedProcess, "needs Linux and root to mount a small tmpfs; run the tests as root (CI does) to fill a disk for real");
        Directory.CreateDirectory(path);
        var (status, error) = Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path);
        Assert.SkipWhen(status != 0, $"mount -t tmpfs failed ({error.Trim()}); a container without CAP_SYS_ADMIN cannot mount");
        return new Tmpfs(path);
    }

    public static (int Status, string Error) Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message); // The command is not installed.
        }
    }

    // Lazy: a test that failed mid-way may still hold a file open in the mount.
    public void Dispose() => Run("umount", "--lazy", Path);
}
