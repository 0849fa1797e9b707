using System.Runtime.InteropServices;

namespace ArchiveSite.Input;

/// <summary>What a path is on disk, asked without opening it: opening a FIFO for reading blocks until a writer comes.</summary>
internal static partial class FileType
{
    /// <summary>The kinds of file the reader tells apart.</summary>
    internal enum Kind
    {
        Missing,
        Regular,
        Folder,
        Link,
        Fifo,
        Socket,
        Device,
    }

    /// <summary>The kind of <paramref name="path"/> itself (a symbolic link is <see cref="Kind.Link"/>, not its target).</summary>
    public static Kind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return FromAttributes(path);
        }

        // .NET's public API cannot tell a FIFO or a device from a regular file. Its own native shim (System.Native,
        // shipped with every .NET runtime on Unix) exposes lstat with the file type bits at a fixed place: the second
        // 32-bit field of its FileStatus struct. The buffer is larger than that struct in any runtime version.
        Span<byte> status = stackalloc byte[256];
        try
        {
            if (LStat(path, status) != 0)
            {
                return File.Exists(path) || Directory.Exists(path) ? FromAttributes(path) : Kind.Missing;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return FromAttributes(path);
        }

        var mode = BitConverter.ToInt32(status[4..8]);
        return (mode & 0xF000) switch
        {
            0x8000 => Kind.Regular,
            0x4000 => Kind.Folder,
            0xA000 => Kind.Link,
            0x1000 => Kind.Fifo,
            0xC000 => Kind.Socket,
            _ => Kind.Device,
        };
    }

    /// <summary>How a kind is named in a diagnostic.</summary>
    public static string Describe(Kind kind) => kind switch
    {
        Kind.Fifo => "a named pipe (FIFO)",
        Kind.Socket => "a socket",
        Kind.Device => "a device",
        Kind.Folder => "a folder",
        Kind.Link => "a symbolic link",
        Kind.Missing => "missing",
        _ => "a regular file",
    };

    private static Kind FromAttributes(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path))
        {
            return Kind.Missing;
        }

        return info.LinkTarget is not null ? Kind.Link
            : info.Attributes.HasFlag(FileAttributes.Directory) ? Kind.Folder
            : Kind.Regular;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LStat(string path, Span<byte> status);
}
