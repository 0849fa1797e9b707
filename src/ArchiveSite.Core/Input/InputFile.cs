using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using ArchiveSite.Common;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Input;

/// <summary>The one boundary around reading an input file: whatever the file holds or the disk does, the result is text
/// or located diagnostics, never an exception.</summary>
/// <remarks>
/// In order: the name must print safely, the path must be a regular file (a link only to a regular file inside the input
/// folder), the size within <see cref="InputLimits.FileBytes"/>, the bytes valid UTF-8, each line within
/// <see cref="InputLimits.LineLength"/>. Then the parser runs inside the same guard: a parser that throws
/// (YamlDotNet, Markdig, our own code) leaves a diagnostic at the start of the file, not a stack trace.
/// </remarks>
internal static class InputFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>What reading one file gave: the content hash ("" when unreadable) and the parsed value, if any.</summary>
    public sealed record Result(string Hash, object? Value, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>Reads, checks and parses one file.</summary>
    /// <param name="display">The path as diagnostics show it (<see cref="DisplayPath"/>).</param>
    /// <param name="root">The input folder's full path, which every file's real path must stay inside.</param>
    /// <param name="known">The value an earlier run parsed from bytes with this content hash, without diagnostics, or null: then it is used as it is, unparsed.</param>
    /// <param name="expectedLength">The size the folder's scan saw, or -1: the bytes are read in one call when it is still right.</param>
    public static Result Read(
        string path, string display, string root, Func<string, string, DiagnosticBag, object?> parse, Func<string, object?>? known = null, long expectedLength = -1)
    {
        var diagnostics = new DiagnosticBag();
        var start = SourceLocation.StartOf(display);
        byte[]? rented = null;
        try
        {
            if (ReadBytes(path, root, expectedLength, start, diagnostics, out rented) is not { } length)
            {
                return new Result("", null, diagnostics.ToSortedList());
            }

            var bytes = rented.AsSpan(0, length);
            var hash = Convert.ToHexString(SHA256.HashData(bytes));
            if (known?.Invoke(hash) is { } value)
            {
                return new Result(hash, value, []); // The same bytes decode, check and parse as they did then.
            }

            var text = Decode(bytes, display, diagnostics);
            var parsed = text is null || !WithinLineLength(text, display, diagnostics) ? null : parse(text, display, diagnostics);
            return new Result(hash, parsed, diagnostics.ToSortedList());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The last line of defence for this file: report it here, and let the build go on with the other files.
            diagnostics.Add(DiagnosticCodes.ReadFailed, start, e.GetType().Name, e.Message);
            return new Result("", null, diagnostics.ToSortedList());
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The file's bytes, read into <paramref name="rented"/> (from the shared pool: the caller returns it); their count, or null after a diagnostic.</summary>
    private static int? ReadBytes(string path, string root, long expectedLength, SourceLocation start, DiagnosticBag diagnostics, out byte[]? rented)
    {
        rented = null;
        if (FileNames.Unprintable(Path.GetFileName(path)) is { } character)
        {
            diagnostics.Add(DiagnosticCodes.UnprintableFileName, start, character);
            return null;
        }

        var kind = FileType.Of(path);
        var target = kind == FileType.Kind.Link ? TargetInsideInput(path, root, start, diagnostics) : path;
        if (target is null)
        {
            return null;
        }

        var real = kind == FileType.Kind.Link ? FileType.Of(target) : kind;
        if (real != FileType.Kind.Regular)
        {
            diagnostics.Add(DiagnosticCodes.NotARegularFile, start, Path.GetFileName(path), FileType.Describe(real));
            return null;
        }

        try
        {
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            // The scan's size sizes the buffer; whether the file is too large is decided on its size now.
            var length = expectedLength is >= 0 and <= InputLimits.FileBytes ? expectedLength : RandomAccess.GetLength(file);
            if (length > InputLimits.FileBytes)
            {
                diagnostics.Add(DiagnosticCodes.FileTooLarge, start, length, InputLimits.FileBytes);
                return null;
            }

            // Read at most one byte past the limit, whatever the length said: a file can grow while it is read.
            var wanted = (int)length + 1;
            var buffer = rented = ArrayPool<byte>.Shared.Rent(wanted);
            var read = 0;
            while (read <= InputLimits.FileBytes)
            {
                if (read == buffer.Length)
                {
                    // Longer than the scan saw: it grew since, so read on, in a larger buffer.
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, InputLimits.FileBytes + 1));
                    buffer.AsSpan(0, read).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = rented = larger;
                }

                var got = RandomAccess.Read(file, buffer.AsSpan(read, Math.Min(buffer.Length, InputLimits.FileBytes + 1) - read), read);
                read += got;

                // A regular file reads short only at its end: one read gives the whole of a file the size the scan saw.
                if (got == 0 || read == length)
                {
                    break;
                }
            }

            if (read > InputLimits.FileBytes)
            {
                diagnostics.Add(DiagnosticCodes.FileTooLarge, start, $"more than {InputLimits.FileBytes}", InputLimits.FileBytes);
                return null;
            }

            return read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCodes.UnreadableFile, start, e.Message);
            return null;
        }
    }

    /// <summary>The file a link finally points to, or null (reported) when that is not a file inside the input folder.</summary>
    private static string? TargetInsideInput(string path, string root, SourceLocation start, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileName(path);
        FileSystemInfo? target;
        try
        {
            target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            diagnostics.Add(DiagnosticCodes.LinkOutsideInput, start, name, "is part of a loop of links");
            return null;
        }

        if (target is null || !target.Exists)
        {
            diagnostics.Add(DiagnosticCodes.LinkOutsideInput, start, name, "points to a file that does not exist");
            return null;
        }

        if (!InputFiles.IsInside(root, RealPath(target.FullName)))
        {
            diagnostics.Add(DiagnosticCodes.LinkOutsideInput, start, name, "points outside the input folder");
            return null;
        }

        return target.FullName;
    }

    // The target with every folder link on its way resolved too, so that input/a -> /etc/x cannot hide behind a folder link.
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var parts = new List<string>();
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(full)!); dir is not null; dir = dir.Parent)
        {
            if (dir.LinkTarget is not null && dir.ResolveLinkTarget(true) is { } resolved)
            {
                return Path.Combine(RealPath(resolved.FullName), Path.Combine([.. Enumerable.Reverse(parts)]), Path.GetFileName(full));
            }

            parts.Add(dir.Name);
        }

        return full;
    }

    /// <summary>Strict UTF-8 (a byte order mark is allowed and dropped); anything else is an error at its line and column.</summary>
    private static string? Decode(ReadOnlySpan<byte> bytes, string display, DiagnosticBag diagnostics)
    {
        var body = bytes;
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }
        else if (body.StartsWith("\xFF\xFE"u8) || body.StartsWith("\xFE\xFF"u8))
        {
            diagnostics.Add(DiagnosticCodes.NotUtf8, SourceLocation.StartOf(display), "the file is UTF-16");
            return null;
        }

        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException e)
        {
            var index = Math.Clamp(e.Index, 0, body.Length);
            var lineStart = body[..index].LastIndexOf((byte)'\n') + 1;
            var line = body[..index].Count((byte)'\n') + 1;
            var column = Encoding.UTF8.GetCharCount(body[lineStart..index]) + 1;
            var value = e.BytesUnknown is { Length: > 0 } unknown ? $"0x{unknown[0]:X2}" : "a byte";
            diagnostics.Add(DiagnosticCodes.NotUtf8, new SourceLocation(display, line, column), $"{value} is not valid UTF-8");
            return null;
        }
    }

    private static bool WithinLineLength(string text, string display, DiagnosticBag diagnostics)
    {
        var line = 1;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var length = range.End.GetOffset(text.Length) - range.Start.GetOffset(text.Length);
            if (length > InputLimits.LineLength)
            {
                diagnostics.Add(DiagnosticCodes.LineTooLong, new SourceLocation(display, line, InputLimits.LineLength + 1), length, InputLimits.LineLength);
                return false;
            }

            line++;
        }

        return true;
    }
}
