using System.Diagnostics;

namespace ArchiveSite;

/// <summary>How long each stage of one run took, in the order they ran (for `build --timings` and serve's log), and
/// how much memory it allocated (the process's count, so a stage running beside another shares its figure).</summary>
internal sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Time)> _timings = [];
    private readonly List<(string Stage, long Bytes)> _allocated = [];
    private readonly List<(string Stage, TimeSpan Time)> _parts = [];

    public IReadOnlyList<(string Stage, TimeSpan Time)> All => _timings;

    public IReadOnlyList<(string Stage, long Bytes)> Allocated => _allocated;

    /// <summary>Parts of a stage, timed inside it ("stage: part"): shown apart, never added to the stages' total.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time)> Parts => _parts;

    public T Part<T>(string part, Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return run();
        }
        finally
        {
            _parts.Add((part, clock.Elapsed));
        }
    }

    public void Part(string part, Action run) => Part(part, () => { run(); return 0; });

    /// <summary>A part timed elsewhere (by a stage that may not use this class).</summary>
    public void Part(string part, TimeSpan time) => _parts.Add((part, time));

    public T Time<T>(string stage, Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        var before = GC.GetTotalAllocatedBytes();
        try
        {
            return run();
        }
        finally
        {
            _timings.Add((stage, clock.Elapsed));
            _allocated.Add((stage, GC.GetTotalAllocatedBytes() - before));
        }
    }

    public void Time(string stage, Action run) => Time(stage, () => { run(); return 0; });
}
