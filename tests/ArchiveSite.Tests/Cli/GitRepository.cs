using System.Diagnostics;

namespace ArchiveSite.Tests.Cli;

/// <summary>Runs git in a test's temp folder: a throwaway repository standing in for a pull request's checkout.</summary>
public static class GitRepository
{
    public static void Init(string folder)
    {
        Git(folder, "init", "--quiet", "--initial-branch=main");
        CommitAll(folder, "base");
    }

    public static void CommitAll(string folder, string message)
    {
        Git(folder, "add", "--all");
        Git(folder, "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "commit", "--quiet", "--allow-empty", "-m", message);
    }

    public static string Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {error.Result}");
        return output;
    }
}
