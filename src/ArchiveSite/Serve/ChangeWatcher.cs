using System.Threading.Channels;

namespace ArchiveSite.Cli.Serve;

/// <summary>Watches folders and hands out batches of changed paths once the file events have been quiet for a moment.</summary>
/// <remarks>
/// Editors save in bursts (write a temporary file, rename it over the old one, touch it again); waiting for a short
/// quiet period turns each burst into one rebuild. A batch is null when the watcher lost events (its buffer
/// overflowed): then the whole input has to be looked at.
/// </remarks>
public sealed class ChangeWatcher : IDisposable
{
    // However busy the folders are, a rebuild starts at least this often.
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(500);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<IReadOnlyCollection<string>?> _batches = Channel.CreateUnbounded<IReadOnlyCollection<string>?>();
    private readonly TimeSpan _quiet;
    private readonly Timer _timer;
    private readonly Lock _lock = new();
    private HashSet<string>? _pending;
    private bool _overflowed;
    private bool _disposed;
    private DateTime _first;

    public ChangeWatcher(IEnumerable<string> folders, TimeSpan quiet)
    {
        _quiet = quiet;
        _timer = new Timer(_ => Flush());
        foreach (var folder in folders.Select(Path.GetFullPath).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Add(e.FullPath);
            watcher.Created += (_, e) => Add(e.FullPath);
            watcher.Deleted += (_, e) => Add(e.FullPath);
            watcher.Renamed += (_, e) => Add(e.OldFullPath, e.FullPath);
            watcher.Error += (_, _) => Overflow();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Batches of full paths that changed; null when some changes went unseen.</summary>
    public ChannelReader<IReadOnlyCollection<string>?> Batches => _batches.Reader;

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
        }

        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
        _batches.Writer.TryComplete();
    }

    private void Add(params string[] paths)
    {
        lock (_lock)
        {
            if (_pending is null)
            {
                _pending = new HashSet<string>(StringComparer.Ordinal);
                _first = DateTime.UtcNow;
            }

            _pending.UnionWith(paths);
            Schedule();
        }
    }

    private void Overflow()
    {
        lock (_lock)
        {
            _pending ??= new HashSet<string>(StringComparer.Ordinal);
            _overflowed = true;
            Schedule();
        }
    }

    private void Schedule()
    {
        if (_disposed)
        {
            return;
        }

        var wait = DateTime.UtcNow - _first > MaxDelay ? TimeSpan.Zero : _quiet;
        _timer.Change(wait, Timeout.InfiniteTimeSpan);
    }

    private void Flush()
    {
        lock (_lock)
        {
            if (_pending is null)
            {
                return;
            }

            _batches.Writer.TryWrite(_overflowed ? null : _pending);
            (_pending, _overflowed) = (null, false);
        }
    }
}
