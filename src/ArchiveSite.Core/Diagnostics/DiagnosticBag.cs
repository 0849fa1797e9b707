using System.Collections.Concurrent;

namespace ArchiveSite.Diagnostics;

/// <summary>Collects diagnostics from parallel stages; read back in a stable, file-ordered sequence.</summary>
public sealed class DiagnosticBag
{
    // Made on the first diagnostic: every input file gets a bag of its own, and most files never add to it (a queue
    // and its first segment were 10 MB of a 3,000-digest read).
    private ConcurrentQueue<Diagnostic>? _queue;

    private ConcurrentQueue<Diagnostic> Items =>
        _queue ?? Interlocked.CompareExchange(ref _queue, new ConcurrentQueue<Diagnostic>(), null) ?? _queue!;

    private IEnumerable<Diagnostic> Snapshot => _queue ?? Enumerable.Empty<Diagnostic>();

    public void Add(Diagnostic diagnostic) => Items.Enqueue(diagnostic);

    public void Add(DiagnosticCode code, SourceLocation location, params object?[] args) =>
        Add(code.At(location, args));

    public void AddRange(DiagnosticBag other)
    {
        if (other._queue is not { IsEmpty: false } theirs)
        {
            return;
        }

        foreach (var diagnostic in theirs)
        {
            Items.Enqueue(diagnostic);
        }
    }

    public bool HasErrors => Snapshot.Any(d => d.IsError);

    public int Count => _queue?.Count ?? 0;

    /// <summary>Sorted by file, line and column so that two runs print the same report.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        [.. Snapshot
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
