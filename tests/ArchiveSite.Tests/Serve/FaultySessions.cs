using ArchiveSite.Cli.Serve;
using ArchiveSite.Diagnostics;
using ArchiveSite.Pages;

namespace ArchiveSite.Tests.Serve;

/// <summary>Wraps the preview's sessions so a test can make updates or the search throw while a switch is on, and count
/// the sessions the server made. The search never runs Pagefind: while healthy it reports no problem.</summary>
public sealed class FaultySessions
{
    private int _sessions;
    private int _failedUpdates;
    private volatile bool _failUpdates;
    private volatile bool _failSearch;

    /// <summary>While true, every update throws before the real session sees it.</summary>
    public bool FailUpdates { get => _failUpdates; set => _failUpdates = value; }

    /// <summary>While true, every background search throws.</summary>
    public bool FailSearch { get => _failSearch; set => _failSearch = value; }

    public int Sessions => Volatile.Read(ref _sessions);

    /// <summary>How many updates threw: a slow machine may see one save as two batches of changes, each failing.</summary>
    public int FailedUpdates => Volatile.Read(ref _failedUpdates);

    public IPreviewSession Wrap(IPreviewSession session)
    {
        Interlocked.Increment(ref _sessions);
        return new Session(this, session);
    }

    private sealed class Session(FaultySessions faults, IPreviewSession inner) : IPreviewSession
    {
        public SiteUrl? Url => inner.Url;

        public BuildResult Update(IReadOnlyCollection<string>? touched, Action<WrittenFiles>? written) =>
            faults.FailUpdates ? throw Failure() : inner.Update(touched, written);

        private InvalidOperationException Failure()
        {
            Interlocked.Increment(ref faults._failedUpdates);
            return new InvalidOperationException("injected update failure");
        }

        public IReadOnlyList<Diagnostic> IndexSearch() =>
            faults.FailSearch ? throw new InvalidOperationException("injected search failure") : [];
    }
}
