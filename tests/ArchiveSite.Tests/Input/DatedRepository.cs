using System.Diagnostics;

namespace ArchiveSite.Tests.Input;

/// <summary>A throwaway git repository holding a copy of the minimal fixture under input/, committed with fixed identities
/// and dates so the history, and so every date the site shows, is the same on every run.</summary>
public sealed class DatedRepository : IDisposable
{
    private readonly TempFolder _temp = new();

    public DatedRepository()
    {
        Root = _temp.Combine("repo");
        Input = _temp.CopyFrom(RepositoryPaths.Fixture("minimal"), Path.Combine("repo", "input"));
        Git(Root, null, "init", "--quiet", "--initial-branch=main");
    }

    public string Root { get; }

    public string Input { get; }

    public TempFolder Temp => _temp;

    /// <summary>Commits everything, as committed at <paramref name="when"/> (ISO 8601 with an offset) and authored then or at <paramref name="authored"/>.</summary>
    public void CommitAll(string message, string when, string? authored = null)
    {
        Git(Root, null, "add", "--all");
        Git(Root, when, authored is null ? ["commit", "--quiet", "--no-gpg-sign", "-m", message] : ["commit", "--quiet", "--no-gpg-sign", "-m", message, "--date", authored]);
    }

    /// <summary>Runs git in <paramref name="folder"/> with the test identity, at <paramref name="when"/> when given; fails the test if git fails.</summary>
    public static string Git(string folder, string? when, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Curator";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "curator@example.invalid";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        if (when is not null)
        {
            start.Environment["GIT_AUTHOR_DATE"] = start.Environment["GIT_COMMITTER_DATE"] = when;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {error.Result}");
        return output;
    }

    public void Dispose() => _temp.Dispose();
}
