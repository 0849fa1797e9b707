namespace ArchiveSite.Common;

/// <summary>How a file's path is printed in diagnostics and logs, by every stage alike.</summary>
public static class DisplayPath
{
    /// <summary>Relative to the working folder when inside it, so editors and CI can jump to it; otherwise the full path.</summary>
    public static string Of(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? fullPath
            : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
