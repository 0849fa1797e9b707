namespace ArchiveSite.Input;

/// <summary>The git repository around the input folder, read from its files without running git: where it is, whether
/// it is a shallow clone, and a stamp of HEAD that moves with every commit, amend, checkout or fetch that deepens it.</summary>
/// <remarks>
/// Reading a few small files costs nothing next to starting a process, so a preview checks the stamp on every save and
/// runs git only when it moved. A repository is a <c>.git</c> folder, or a <c>.git</c> file naming one (a worktree or a
/// submodule), in the input folder or a folder above it, as git itself finds it.
/// </remarks>
internal sealed record GitFolder(string GitDir, string CommonDir)
{
    /// <summary>The repository holding <paramref name="folder"/>, or null when there is none.</summary>
    public static GitFolder? Find(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var dotGit = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(dotGit))
            {
                return At(dotGit);
            }

            if (File.Exists(dotGit))
            {
                var line = ReadSmall(dotGit)?.Trim();
                var target = line is not null && line.StartsWith("gitdir:", StringComparison.Ordinal)
                    ? Path.GetFullPath(Path.Combine(dir.FullName, line["gitdir:".Length..].Trim()))
                    : null;
                return target is not null && Directory.Exists(target) ? At(target) : null;
            }
        }

        return null;
    }

    /// <summary>A shallow clone's history stops short, so its first commits are not when files were added. (Worktrees share the file.)</summary>
    public bool IsShallow => File.Exists(Path.Combine(CommonDir, "shallow"));

    /// <summary>HEAD and the commit it names, with the shallow mark; null when HEAD names a branch with no commits yet.</summary>
    public string? HeadStamp()
    {
        var head = ReadSmall(Path.Combine(GitDir, "HEAD"))?.Trim() ?? "";
        var commit = head;
        if (head.StartsWith("ref: ", StringComparison.Ordinal))
        {
            var name = head["ref: ".Length..].Trim();
            // The reftable format (git 2.45+) keeps refs in binary tables; its list of tables changes with every ref update.
            commit = (ReadSmall(Path.Combine(GitDir, name)) ?? ReadSmall(Path.Combine(CommonDir, name)) ?? PackedRef(name)
                ?? ReadSmall(Path.Combine(CommonDir, "reftable", "tables.list")))?.Trim();
            if (string.IsNullOrEmpty(commit))
            {
                return null;
            }
        }

        return $"{head} {commit}{(IsShallow ? " shallow" : "")}";
    }

    private static GitFolder At(string gitDir)
    {
        // A worktree's own folder holds HEAD; branches, packed refs and the shallow file are in the common one.
        var common = ReadSmall(Path.Combine(gitDir, "commondir"))?.Trim();
        return new GitFolder(gitDir, string.IsNullOrEmpty(common) ? gitDir : Path.GetFullPath(Path.Combine(gitDir, common)));
    }

    private string? PackedRef(string name)
    {
        var path = Path.Combine(CommonDir, "packed-refs");
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return File.ReadLines(path)
                .Where(l => !l.StartsWith('#') && l.EndsWith(" " + name, StringComparison.Ordinal))
                .Select(l => l[..l.IndexOf(' ', StringComparison.Ordinal)])
                .FirstOrDefault();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // HEAD, a ref and a .git file are one short line; anything unreadable simply means "not known".
    private static string? ReadSmall(string path)
    {
        try
        {
            return File.Exists(path) && new FileInfo(path).Length <= 4096 ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
