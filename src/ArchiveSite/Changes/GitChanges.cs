using System.ComponentModel;
using System.Diagnostics;

namespace ArchiveSite.Cli.Changes;

/// <summary>Asks git which files differ from the point where the current branch left a ref, as a pull request's diff shows them.</summary>
/// <remarks>
/// The diff runs from the merge base to the working tree, not to HEAD, and untracked files count as added:
/// locally, `check --changed-since main` right after `new` shows the new digest; in CI the tree equals HEAD.
/// </remarks>
public static class GitChanges
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    /// <summary>The changed files of the repository holding <paramref name="folder"/>, or null with the reason.</summary>
    public static IReadOnlyList<ChangedFile>? Since(string gitRef, string folder, out string? problem)
    {
        if (gitRef.Length == 0 || gitRef.StartsWith('-'))
        {
            problem = $"'{gitRef}' is not a git ref";
            return null;
        }

        if (!Directory.Exists(folder))
        {
            problem = $"folder '{folder}' does not exist";
            return null;
        }

        if (!Git(folder, ["rev-parse", "--show-cdup"], out var cdup, out problem))
        {
            return null;
        }

        var top = Path.GetFullPath(Path.Combine(folder, cdup.Trim()));
        if (!Git(top, ["merge-base", gitRef, "HEAD"], out var mergeBase, out problem))
        {
            // actions/checkout fetches one commit unless told otherwise, so the base branch is often simply missing.
            problem = $"git cannot find where HEAD left '{gitRef}' ({problem}); fetch it first (in GitHub Actions: actions/checkout with fetch-depth: 0)";
            return null;
        }

        if (!Git(top, ["diff", "--name-status", "--find-renames", "-z", mergeBase.Trim(), "--"], out var diff, out problem)
            || !Git(top, ["ls-files", "--others", "--exclude-standard", "-z"], out var untracked, out problem))
        {
            return null;
        }

        var files = Parse(diff).Select(c => c with { FullPath = Path.GetFullPath(Path.Combine(top, c.FullPath)) }).ToList();
        files.AddRange(untracked.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => new ChangedFile(Path.GetFullPath(Path.Combine(top, p)), ChangeKind.Added)));
        return [.. files.OrderBy(f => f.FullPath, StringComparer.Ordinal)];
    }

    /// <summary>Reads <c>git diff --name-status -z</c> (a status, then one path, two for renames and copies); paths stay relative to the repository.</summary>
    public static IEnumerable<ChangedFile> Parse(string nameStatus)
    {
        var fields = nameStatus.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < fields.Length; i += 2)
        {
            var status = fields[i][0];
            if (status is 'R' or 'C')
            {
                i++; // The old path; the new one follows.
            }

            if (i + 1 < fields.Length)
            {
                yield return new ChangedFile(fields[i + 1], status switch
                {
                    'A' or 'C' => ChangeKind.Added,
                    'D' => ChangeKind.Deleted,
                    'R' => ChangeKind.Renamed,
                    _ => ChangeKind.Modified,
                });
            }
        }
    }

    private static bool Git(string folder, IReadOnlyList<string> arguments, out string output, out string? problem)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                problem = $"git {arguments[0]} did not finish within {Timeout.TotalSeconds:0} s";
                return false;
            }

            var message = error.Result.Trim();
            problem = process.ExitCode == 0 ? null : message.Split('\n')[^1].Trim();
            return process.ExitCode == 0;
        }
        catch (Win32Exception e)
        {
            output = "";
            problem = $"git is not installed ({e.Message})";
            return false;
        }
    }
}
