using System.Collections.Concurrent;

namespace ArchiveSite.Diagnostics;

/// <summary>Collects diagnostics from parallel stages; read back in a stable, file-ordered sequence.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Add(DiagnosticCode code, SourceLocation location, params object?[] args) =>
        Add(code.At(location, args));

    public void AddRange(DiagnosticBag other)
    {
        foreach (var diagnostic in other._items)
        {
            _items.Enqueue(diagnostic);
        }
    }

    public bool HasErrors => _items.Any(d => d.IsError);

    public int Count => _items.Count;

    /// <summary>Sorted by file, line and column so that two runs print the same report.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        [.. _items
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
