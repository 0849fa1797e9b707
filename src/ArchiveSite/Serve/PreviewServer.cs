using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ArchiveSite.Cli.Serve;

/// <summary>The preview: Kestrel serving a <see cref="SiteSession"/>'s folder, updated on every change under input/ and theme/, with live reload.</summary>
/// <remarks>
/// One loop owns the session: it waits for the watcher's batches and runs one update at a time. Requests only read
/// the folder and the latest <see cref="PreviewState"/>, so a slow update never blocks a page. The search index is
/// refreshed in the background after updates.
/// </remarks>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(400);

    private readonly PreviewOptions _options;
    private readonly TextWriter _log;
    private readonly UpdateLog _updates;
    private readonly WebApplication _app;
    private readonly LiveReload _liveReload = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SiteRequests _requests;
    private SiteSession? _session;
    private ChangeWatcher? _watcher;
    private BackgroundSearch? _search;
    private volatile PreviewState _state = new("", []);
    private Task _loop = Task.CompletedTask;

    private PreviewServer(PreviewOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
        _requests = new SiteRequests(options.Build.OutputFolder, _liveReload, () => _state);
        _app = PreviewHost.Create(options, RespondAsync);
        _updates = new UpdateLog(log);
    }

    /// <summary>Scheme, host and port, e.g. http://127.0.0.1:5080.</summary>
    public Uri Origin { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The site's home page, under its base path.</summary>
    public Uri SiteUrl => new(Origin, _state.BasePath + "/");

    public string OutputFolder => Path.GetFullPath(_options.Build.OutputFolder);

    public LiveReload LiveReload => _liveReload;

    /// <summary>Starts listening, builds the site once (the page shows errors if it has any), then watches for changes.</summary>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, TextWriter log, CancellationToken cancellation)
    {
        var server = new PreviewServer(options, log);
        try
        {
            await server._app.StartAsync(cancellation);
            var bound = new Uri(server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            server.Origin = new Uri($"http://{PreviewHost.PublicHost(options.Host)}:{bound.Port}/");
            server._session = new SiteSession(options.Build, server.Origin);
            server._search = options.Build.Search ? new BackgroundSearch(server._session.IndexSearch, server._updates.Searched) : null;
            server._watcher = new ChangeWatcher([options.Build.InputFolder, options.Build.ThemeFolder], options.QuietPeriod);
            log.WriteLine($"Building {options.Build.InputFolder} with {options.Build.ThemeFolder} into {server.OutputFolder}...");
            await Task.Run(() => server.Rebuild(null, initial: true), CancellationToken.None).WaitAsync(cancellation);
            server._ready.TrySetResult();
            server._loop = Task.Run(server.LoopAsync, CancellationToken.None);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _watcher?.Dispose();
        _ready.TrySetResult();

        // An update in progress cannot be interrupted, but every file it writes is replaced in one step, so leaving it
        // is safe. Each wait is short: System.CommandLine gives a cancelled command two seconds before it ends the process.
        await Task.WhenAny(_loop, Task.Delay(Patience));
        if (_search is not null)
        {
            await _search.StopAsync(Patience);
        }

        using (var patience = new CancellationTokenSource(Patience))
        {
            await _app.StopAsync(patience.Token);
        }

        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task RespondAsync(HttpContext context)
    {
        if (context.Request.Path == LiveReload.EventsPath)
        {
            await _liveReload.StreamAsync(context, _stopping.Token);
            return;
        }

        if (context.Request.Path == LiveReloadScript.Path)
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.WriteAsync(LiveReloadScript.Source, context.RequestAborted);
            return;
        }

        await _ready.Task.WaitAsync(context.RequestAborted);
        await _requests.RespondAsync(context);
    }

    private async Task LoopAsync()
    {
        var batches = _watcher!.Batches;
        try
        {
            while (await batches.WaitToReadAsync(_stopping.Token))
            {
                var touched = new HashSet<string>(StringComparer.Ordinal);
                var unknown = false;
                while (batches.TryRead(out var batch))
                {
                    unknown |= batch is null;
                    touched.UnionWith(batch ?? []);
                }

                Rebuild(unknown ? null : touched, initial: false);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    /// <summary>One session update: pages are announced as soon as they are written; errors appearing or going reload every page.</summary>
    private void Rebuild(IReadOnlyCollection<string>? touched, bool initial)
    {
        var before = _state;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan? first = null;
        BuildResult update;
        try
        {
            update = _session!.Update(touched, written =>
            {
                first ??= clock.Elapsed;
                Announce(written, before.Failed);
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _log.WriteLine($"Update failed: {e.Message}; it is tried again on the next change.");
            return;
        }

        var after = _state = new PreviewState(_session.Url?.BasePath ?? before.BasePath, update.Diagnostics);
        var sameDiagnostics = before.Diagnostics.SequenceEqual(after.Diagnostics);
        if ((before.Failed || after.Failed) && !sameDiagnostics || before.BasePath != after.BasePath)
        {
            _liveReload.ReloadAll();
        }

        _updates.Updated(update, sameDiagnostics, initial, initial ? null : first);
        if (update.Succeeded && update.Written.Count > 0)
        {
            _search?.Request();
        }
    }

    private void Announce(WrittenFiles files, bool failedBefore)
    {
        if (failedBefore)
        {
            return; // Pages show the error page; they all reload when the update ends.
        }

        if (files.StylesheetsOnly)
        {
            var sheets = files.Written.Where(p => p.EndsWith(".css", StringComparison.Ordinal)).Select(files.Url.Path).ToList();
            if (sheets.Count > 0)
            {
                _liveReload.SwapStylesheets(sheets);
            }

            return;
        }

        const string index = "index.html";
        _liveReload.Reload([.. files.Written.Concat(files.Removed)
            .Where(p => p.EndsWith(".html", StringComparison.Ordinal))
            .Select(p => files.Url.Path(p.EndsWith(index, StringComparison.Ordinal) ? p[..^index.Length] : p))]);
    }
}
