namespace ArchiveSite.Cli;

/// <summary>A test seam: makes one command throw on purpose, so a test can watch the last-resort handler in the real process.</summary>
/// <remarks>
/// Setting <c>ARCHIVESITE_INJECT_FAULT</c> to a command's name (<c>build</c>, <c>check</c> or <c>serve</c>) makes that
/// command throw an <see cref="InvalidOperationException"/> once its options are read. Nothing sets the variable but
/// tests (tests/ArchiveSite.Tests/Cli/LastResortTests.cs), and any other value, or none, does nothing.
/// </remarks>
public static class FaultInjection
{
    public const string Variable = "ARCHIVESITE_INJECT_FAULT";

    public static void At(string command)
    {
        if (Environment.GetEnvironmentVariable(Variable) == command)
        {
            throw new InvalidOperationException($"fault injected by {Variable}={command}");
        }
    }
}
