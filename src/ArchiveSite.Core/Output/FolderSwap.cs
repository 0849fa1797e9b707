namespace ArchiveSite.Output;

/// <summary>Puts a staged site in the output folder's place: on Linux in one atomic exchange, elsewhere in two renames.</summary>
/// <remarks>
/// With renameat2(RENAME_EXCHANGE) there is no moment at which the output path is missing or half written: a build killed
/// at any point leaves the complete old site or the complete new one. Where the exchange is not available (macOS, Windows,
/// a kernel before 3.15, a file system without it: EINVAL or ENOSYS), the output folder is first renamed aside and the
/// staged one renamed into its place; a kill between those two renames leaves no output folder, with the previous site
/// beside it as .NAME.old-*, which the next build deletes before it writes a new one.
/// </remarks>
internal static class FolderSwap
{
    /// <summary>Replaces <paramref name="output"/> with <paramref name="staged"/> (same parent folder).</summary>
    /// <param name="exchange">False forces the two renames, as on systems without the exchange (for tests).</param>
    /// <returns>Where the previous site now is, to be deleted; null when there was none.</returns>
    public static string? Replace(string staged, string output, bool exchange = true)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staged, output);
            return null;
        }

        if (exchange && OperatingSystem.IsLinux())
        {
            var errno = LinuxCalls.ExchangePaths(staged, output);
            if (errno == 0)
            {
                return staged;
            }

            if (errno is not (LinuxCalls.NoSuchCall or LinuxCalls.NotSupported))
            {
                throw LinuxCalls.Failure(errno, output);
            }
        }

        var old = OutputPolicy.NewOldPath(output);
        Directory.Move(output, old);
        try
        {
            Directory.Move(staged, output);
        }
        catch
        {
            Directory.Move(old, output); // Put the previous site back rather than leave no output folder.
            throw;
        }

        return old;
    }
}
