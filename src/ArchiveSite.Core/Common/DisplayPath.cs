namespace ArchiveSite.Common;

/// <summary>How a file's path is printed in diagnostics and logs, by every stage alike.</summary>
public static class DisplayPath
{
    /// <summary>Relative to the working folder when inside it, so editors and CI can jump to it; otherwise the full path.</summary>
    public static string Of(string fullPath) => Of(fullPath, Environment.CurrentDirectory);

    /// <summary>As <see cref="Of(string)"/>, with the working folder asked once by a caller that shows thousands of paths
    /// (asking the system for it each time was a tenth of reading 10,000 unchanged files).</summary>
    public static string Of(string fullPath, string workingFolder)
    {
        var relative = Path.GetRelativePath(workingFolder, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? fullPath
            : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
