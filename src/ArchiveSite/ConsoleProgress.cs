using Spectre.Console;

namespace ArchiveSite.Cli;

/// <summary>Shows build progress: a live bar on a terminal, one plain line per stage when redirected or in CI.</summary>
public static class ConsoleProgress
{
    /// <summary>True when a live display makes sense: a real terminal and not a CI run.</summary>
    public static bool Interactive =>
        !Console.IsOutputRedirected && !Console.IsErrorRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        && AnsiConsole.Profile.Capabilities.Interactive;

    public static T Run<T>(Func<IProgress<BuildProgress>, T> work)
    {
        if (!Interactive)
        {
            return work(new PlainLines());
        }

        return AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(context => work(new LiveBar(context)));
    }

    /// <summary>One line per stage, so CI logs show where time went without a flood of lines.</summary>
    private sealed class PlainLines : IProgress<BuildProgress>
    {
        private string? _stage;

        public void Report(BuildProgress value)
        {
            if (value.Stage != _stage)
            {
                _stage = value.Stage;
                Console.Error.WriteLine(PrintableText.Line($"{value.Stage}..."));
            }
        }
    }

    private sealed class LiveBar(ProgressContext context) : IProgress<BuildProgress>
    {
        private readonly Dictionary<string, ProgressTask> _tasks = [];

        public void Report(BuildProgress value)
        {
            lock (_tasks)
            {
                if (!_tasks.TryGetValue(value.Stage, out var task))
                {
                    foreach (var previous in _tasks.Values)
                    {
                        previous.Value = previous.MaxValue;
                    }

                    _tasks[value.Stage] = task = context.AddTask(Markup.Escape(PrintableText.Escape(value.Stage)), maxValue: Math.Max(1, value.Total));
                }

                task.MaxValue = Math.Max(1, value.Total);
                task.Value = value.Done;
            }
        }
    }
}
