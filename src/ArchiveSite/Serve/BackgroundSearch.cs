using ArchiveSite.Diagnostics;

namespace ArchiveSite.Cli.Serve;

/// <summary>Refreshes the search index after updates without holding them up: one Pagefind run at a time, and
/// requests made while one runs fold into a single run after it. A run that throws is reported to
/// <paramref name="failed"/> and the next request runs again.</summary>
public sealed class BackgroundSearch(
    Func<IReadOnlyList<Diagnostic>> indexSearch, Action<IReadOnlyList<Diagnostic>, TimeSpan> done, Action<Exception> failed)
{
    private readonly Lock _lock = new();
    private Task _running = Task.CompletedTask;
    private bool _busy;
    private bool _again;
    private bool _stopped;

    public void Request()
    {
        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            if (_busy)
            {
                _again = true;
                return;
            }

            _busy = true;
            _running = Task.Run(Run);
        }
    }

    /// <summary>Lets a run in progress finish, for at most <paramref name="patience"/>; starts no more.</summary>
    public async Task StopAsync(TimeSpan patience)
    {
        Task running;
        lock (_lock)
        {
            _stopped = true;
            running = _running;
        }

        await Task.WhenAny(running, Task.Delay(patience));
    }

    private void Run()
    {
        while (true)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                done(indexSearch(), clock.Elapsed);
            }
            catch (Exception e)
            {
                // Caught here, or the task would fault with the search still marked busy and never run again.
                failed(e);
            }

            lock (_lock)
            {
                if (!_again || _stopped)
                {
                    _busy = false;
                    return;
                }

                _again = false;
            }
        }
    }
}
