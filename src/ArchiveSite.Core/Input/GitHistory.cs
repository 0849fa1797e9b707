using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using ArchiveSite.Model;

namespace ArchiveSite.Input;

/// <summary>When each file of the input folder was added and last changed, from one <c>git log</c> per build; in a long
/// session, read again only when HEAD moves.</summary>
/// <remarks>
/// Kept apart from <see cref="InputReader"/>'s per-file cache, which is keyed by content hashes: a commit changes dates
/// without changing a byte. No repository (or a branch with no commit yet) means no dates and nothing to say; a shallow
/// clone or a git that fails, is missing or takes too long means no dates and one warning, never a failed build. The
/// process has a time limit and its own environment: variables that would point git at another repository are cleared.
/// </remarks>
internal sealed class GitHistory(string inputRoot)
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(1);
    private static readonly string[] RepositoryVariables = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_NAMESPACE", "GIT_OBJECT_DIRECTORY"];
    private string? _stamp;

    /// <summary>Each file's days by its path relative to the input folder ('/' separators); empty without history.</summary>
    public IReadOnlyDictionary<string, FileHistory> Files { get; private set; } = new Dictionary<string, FileHistory>();

    /// <summary>The warning of the last read, if any; reported again on every run until HEAD moves.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; private set; } = [];

    /// <summary>Reads the history again if HEAD moved since the last read (or on the first); true when it did.</summary>
    public bool Refresh()
    {
        var folder = GitFolder.Find(inputRoot);
        var stamp = folder is null ? "none" : folder.HeadStamp() ?? "unborn";
        if (stamp == _stamp)
        {
            return false;
        }

        _stamp = stamp;
        Files = new Dictionary<string, FileHistory>();
        Diagnostics = [];
        if (folder is null || stamp == "unborn")
        {
            return true;
        }

        if (folder.IsShallow)
        {
            Diagnostics = [Warn(DiagnosticCodes.ShallowHistory)];
        }
        else if (!Run(out var output, out var problem) || Parse(output, out problem) is not { } files)
        {
            Diagnostics = [Warn(DiagnosticCodes.GitHistoryFailed, problem)];
        }
        else
        {
            Files = files;
        }

        return true;
    }

    private static Dictionary<string, FileHistory>? Parse(string output, out string problem)
    {
        problem = "";
        try
        {
            return GitLog.Parse(output);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problem = $"its output could not be read: {e.Message}";
            return null;
        }
    }

    private bool Run(out string output, out string problem)
    {
        output = "";
        problem = "";
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = inputRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in GitLog.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in RepositoryVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeLimit))
            {
                process.Kill(entireProcessTree: true);
                problem = $"git log did not finish within {TimeLimit.TotalSeconds:0} s";
                return false;
            }

            output = stdout.GetAwaiter().GetResult();
            var error = stderr.GetAwaiter().GetResult().Trim();
            problem = error.Length == 0 ? $"git log exited with code {process.ExitCode}" : Reason(error);
            return process.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            problem = "git is not installed";
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            problem = e.Message;
            return false;
        }
    }

    // git's own reason ("fatal: detected dubious ownership in repository at ...") comes first; hints follow it.
    private static string Reason(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.FirstOrDefault(l => l.StartsWith("fatal:", StringComparison.Ordinal) || l.StartsWith("error:", StringComparison.Ordinal)) ?? lines[^1];
    }

    private Diagnostic Warn(DiagnosticCode code, params object?[] args) => code.At(SourceLocation.StartOf(DisplayPath.Of(inputRoot)), args);
}
