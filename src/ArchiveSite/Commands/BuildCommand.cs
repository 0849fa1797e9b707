using System.CommandLine;

namespace ArchiveSite.Cli.Commands;

/// <summary><c>archivesite build</c>: builds the site; the output folder changes only when there are no errors.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var options = new SiteOptions();
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took (for benchmarks and slow builds)" };
        var cache = new Option<string?>("--cache")
        {
            Description = "Keep what this build computed in this folder and start the next build from it: only what changed is parsed, rendered and written",
            HelpName = "DIR",
        };
        var command = new Command("build", "Build the site from the input and theme folders into the output folder");
        options.AddTo(command, output: true);
        command.Options.Add(timings);
        command.Options.Add(cache);
        command.SetAction(result =>
        {
            if (options.Read(result) is not { } read)
            {
                return ExitCodes.UsageError;
            }

            var build = read with { CacheFolder = result.GetValue(cache) };

            var outcome = ConsoleProgress.Run(progress =>
            {
                FaultInjection.At("build");
                return new SiteBuild(build, progress).Build();
            });
            DiagnosticPrinter.Print(outcome.Diagnostics);
            if (result.GetValue(timings))
            {
                PrintTimings([.. outcome.Timings, .. outcome.Parts], outcome.Allocated);
            }

            if (!outcome.Succeeded)
            {
                Console.Error.WriteLine(PrintableText.Line($"Build failed: {DiagnosticPrinter.Summary(outcome.Errors, outcome.Warnings)}. Nothing was written to {build.OutputFolder}."));
                return ExitCodes.ContentErrors;
            }

            var time = outcome.Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Time);
            Console.Error.WriteLine(PrintableText.Line(
                $"Built {outcome.Digests} digests into {outcome.Pages} pages ({outcome.Files} files) in {build.OutputFolder} in {time.TotalSeconds:0.00} s; {DiagnosticPrinter.Summary(0, outcome.Warnings)}."));
            return ExitCodes.Success;
        });
        return command;
    }

    // One "timing: <stage> <seconds>" line per stage, stable for scripts (bench/compare.sh reads "index search"), then
    // one "allocated: <stage> <MB>" line per stage.
    private static void PrintTimings(IReadOnlyList<(string Stage, TimeSpan Time)> timings, IReadOnlyList<(string Stage, long Bytes)> allocated)
    {
        foreach (var (stage, time) in timings)
        {
            Console.Error.WriteLine($"timing: {stage} {time.TotalSeconds:0.000} s");
        }

        foreach (var (stage, bytes) in allocated)
        {
            Console.Error.WriteLine($"allocated: {stage} {bytes / 1_000_000} MB");
        }

        // Garbage collection pauses are spread over the stages above; shown apart so allocation costs stay visible.
        Console.Error.WriteLine(
            $"timing: gc pauses {GC.GetTotalPauseDuration().TotalSeconds:0.000} s ({GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2; {GC.GetTotalAllocatedBytes() / 1_000_000} MB allocated)");
    }
}
