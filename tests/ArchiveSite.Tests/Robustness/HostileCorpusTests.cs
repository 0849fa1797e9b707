namespace ArchiveSite.Tests.Robustness;

/// <summary>Every case of tests/hostile/ through the real <c>check</c> and <c>build</c>: a located diagnostic, never a
/// crash, a hang or a touched output folder; and exactly the lines its expected file holds.</summary>
/// <remarks>ACCEPT_HOSTILE=1 rewrites each expected file from what the tool prints now, as golden files do, except for a
/// case that crashed or hung (never recorded) and a file marked "# hand-written" (what the fixed tool should print,
/// inferred from issue 10); ACCEPT_HOSTILE=all rewrites those too, once the fixes have landed and been reviewed.</remarks>
public class HostileCorpusTests
{
    public const string AcceptVariable = "ACCEPT_HOSTILE";

    public static TheoryData<string> Cases => [.. HostileCase.All];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Given_a_hostile_case_When_checked_and_built_Then_it_gets_diagnostics_and_nothing_else(string name)
    {
        var run = await HostileRun.Of(name);
        Assert.SkipWhen(run.Skipped, $"{name} needs mkfifo, which this machine does not have");

        // Never a crash or a hang: the one boundary around each input file holds.
        foreach (var (command, outcome) in new[] { ("check", run.Check), ("build", run.Build) })
        {
            Assert.False(outcome.TimedOut, $"{command} did not finish within {HostileRun.Limit.TotalSeconds:0} s\n{run.Printed}");
            Assert.False(PrintedText.ShowsCrash(outcome.Stdout + outcome.Stderr), $"{command} crashed:\n{Head(outcome.Stdout + outcome.Stderr)}");
            Assert.InRange(outcome.ExitCode!.Value, 0, 2); // success, content errors, usage error: never 70 (internal error)
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "all" && (!run.Case.IsHandWritten || Environment.GetEnvironmentVariable(AcceptVariable) == "all"))
        {
            File.WriteAllText(run.Case.ExpectedFile, string.Join('\n', [.. run.Case.About, run.Printed]) + "\n");
        }

        Assert.Equal(run.Case.Expected ?? "(no expected output recorded yet)", run.Printed);
        AssertLogIsSafe(run);
        AssertOutputFolder(run);
        Assert.Equal(run.InputBefore, run.InputAfter);
    }

    // A stack overflow prints thousands of frames; the first ones say where.
    private static string Head(string printed) => string.Join('\n', printed.Split('\n').Take(25));

    // A log line is one diagnostic: one line, in the path:line:col format, printing nothing a terminal would act on.
    private static void AssertLogIsSafe(HostileRun run)
    {
        foreach (var outcome in new[] { run.Check, run.Build })
        {
            var unsafeCharacter = (outcome.Stdout + outcome.Stderr).ReplaceLineEndings("\n").FirstOrDefault(c => c != '\n' && PrintedText.IsUnsafeInLog(c));
            Assert.True(unsafeCharacter == default, $"printed {PrintedText.Escape(unsafeCharacter.ToString())}, which a terminal or log viewer acts on");
            foreach (var line in outcome.Stdout.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.True(PrintedText.IsDiagnosticLine(line), $"not a one-line diagnostic: {PrintedText.Escape(line)}");
            }
        }
    }

    // A build with errors writes nothing: the earlier site, sentinel included, stays as it was, with nothing beside it.
    private static void AssertOutputFolder(HostileRun run)
    {
        Assert.Empty(run.Leftovers);
        var sentinel = $"{HostileArchive.Sentinel} {HostileArchive.SentinelText.Length}";
        if (run.Build.ExitCode != 0 || run.OutputArgument != "output")
        {
            Assert.Equal([$".archivesite-output {HostileArchive.MarkerText.Length}", sentinel], run.OutputAfter);
        }
        else
        {
            Assert.Contains(run.OutputAfter, p => p.StartsWith("index.html ", StringComparison.Ordinal));
            Assert.DoesNotContain(sentinel, run.OutputAfter);
        }
    }
}
