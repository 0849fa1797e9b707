using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using ArchiveSite.Cli.Serve;

namespace ArchiveSite.Cli.Commands;

/// <summary><c>archivesite serve</c>: builds the site, serves it on this machine and rebuilds what each saved change affects; Ctrl+C stops it.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var options = new SiteOptions();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Where the preview is written (default: a folder under the system temp folder, so output/ keeps your last build)",
        };
        SiteOptions.RequireFolderName(output);
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on", DefaultValueFactory = _ => PreviewOptions.DefaultPort };
        var host = new Option<string>("--host") { Description = "The address to listen on (an IP address or localhost)", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", "Build and serve the site locally, rebuilding and reloading the browser on every saved change")
        {
            options.Input, options.Theme, output, options.BaseUrl, options.ArchiveVersion, options.Drafts, options.NoSearch, port, host,
        };
        command.SetAction(async (result, cancellation) =>
        {
            if (options.Read(result) is not { } build)
            {
                return ExitCodes.UsageError;
            }

            build = build with { OutputFolder = result.GetValue(output) ?? DefaultOutput(build.InputFolder) };
            FaultInjection.At("serve");
            var preview = new PreviewOptions(build, result.GetValue(host)!, result.GetValue(port));
            try
            {
                PreviewHost.ListenAddress(preview.Host);
                await using var server = await PreviewServer.StartAsync(preview, Console.Error, cancellation);
                Console.Error.WriteLine(PrintableText.Line($"Serving {server.SiteUrl} (watching {build.InputFolder} and {build.ThemeFolder}); press Ctrl+C to stop."));
                await Task.Delay(Timeout.Infinite, cancellation).ContinueWith(_ => { }, TaskScheduler.Default);
                Console.Error.WriteLine("Stopped.");
                return ExitCodes.Success;
            }
            catch (OperationCanceledException)
            {
                return ExitCodes.Success; // Ctrl+C during the first build.
            }
            catch (Exception e) when (e is ArgumentException or IOException)
            {
                Console.Error.WriteLine(PrintableText.Line($"archivesite: {e.Message}"));
                return ExitCodes.UsageError;
            }
        });
        return command;
    }

    // One folder per archive, kept between runs: restarting serve rewrites only what changed meanwhile.
    private static string DefaultOutput(string inputFolder)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(inputFolder))))[..12];
        return Path.Combine(Path.GetTempPath(), $"archivesite-serve-{hash}");
    }
}
