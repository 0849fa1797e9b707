using System.Diagnostics;

namespace ArchiveSite;

/// <summary>How long each stage of one run took, in the order they ran (for `build --timings` and serve's log).</summary>
internal sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Time)> _timings = [];

    public IReadOnlyList<(string Stage, TimeSpan Time)> All => _timings;

    public T Time<T>(string stage, Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return run();
        }
        finally
        {
            _timings.Add((stage, clock.Elapsed));
        }
    }

    public void Time(string stage, Action run) => Time(stage, () => { run(); return 0; });
}
