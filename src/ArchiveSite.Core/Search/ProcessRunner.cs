using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace ArchiveSite.Search;

/// <summary>Runs an external program (npm, Pagefind) and captures its output, without ever throwing for a missing program.</summary>
internal static class ProcessRunner
{
    public static bool TryRun(string program, IReadOnlyList<string> arguments, string workingFolder, TimeSpan timeout, out string output)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var text = new StringBuilder();
        try
        {
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (text) { text.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (text) { text.AppendLine(e.Data); } } };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                output = $"{program} did not finish within {timeout.TotalSeconds:0} s";
                return false;
            }

            process.WaitForExit();
            output = text.ToString();
            return process.ExitCode == 0;
        }
        catch (Win32Exception e)
        {
            output = $"{program}: not found ({e.Message})";
            return false;
        }
    }
}
