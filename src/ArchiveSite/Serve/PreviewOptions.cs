namespace ArchiveSite.Cli.Serve;

/// <summary>What <c>serve</c> builds and where it listens.</summary>
/// <param name="Host">An IP address or "localhost"; the preview is meant for this machine, so the default is loopback.</param>
/// <param name="Port">0 picks a free port (the tests do).</param>
/// <param name="Quiet">How long the watcher waits after the last file event before rebuilding, so one save that
/// touches a file several times (write, rename, chmod) makes one rebuild.</param>
public sealed record PreviewOptions(BuildOptions Build, string Host = "127.0.0.1", int Port = 5080, TimeSpan? Quiet = null)
{
    public const int DefaultPort = 5080;

    public TimeSpan QuietPeriod => Quiet ?? TimeSpan.FromMilliseconds(20);
}
