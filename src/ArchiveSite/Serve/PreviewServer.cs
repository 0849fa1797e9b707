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
/// refreshed in the background after updates. An update or search that throws becomes the internal-error page and one
/// log line, and the loop goes on; as a failed update may have left the session half-changed, the next one starts a
/// fresh session over every file.
/// </remarks>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(400);

    private readonly PreviewOptions _options;
    private readonly UpdateLog _updates;
    private readonly WebApplication _app;
    private readonly LiveReload _liveReload = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SiteRequests _requests;
    private readonly Func<Uri, IPreviewSession> _sessions;
    private readonly Lock _stateLock = new();
    private IPreviewSession? _session;
    private bool _afresh;
    private ChangeWatcher? _watcher;
    private BackgroundSearch? _search;
    private volatile PreviewState _state = new("", []);
    private Task _loop = Task.CompletedTask;

    private PreviewServer(PreviewOptions options, TextWriter log, Func<Uri, IPreviewSession>? sessions)
    {
        _options = options;
        _sessions = sessions ?? (origin => new PreviewSession(options.Build, origin));
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
    /// <param name="sessions">Makes the session for the preview's origin; tests wrap the real <see cref="PreviewSession"/> to inject failures.</param>
    public static async Task<PreviewServer> StartAsync(
        PreviewOptions options, TextWriter log, CancellationToken cancellation, Func<Uri, IPreviewSession>? sessions = null)
    {
        var server = new PreviewServer(options, log, sessions);
        try
        {
            await server._app.StartAsync(cancellation);
            var bound = new Uri(server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            server.Origin = new Uri($"http://{PreviewHost.PublicHost(options.Host)}:{bound.Port}/");
            server._session = server._sessions(server.Origin);
            server._search = options.Build.Search ? new BackgroundSearch(() => server._session.IndexSearch(), server._updates.Searched, server.SearchFailed) : null;
            server._watcher = new ChangeWatcher([options.Build.InputFolder, options.Build.ThemeFolder], options.QuietPeriod);
            server._updates.Starting(options.Build, server.OutputFolder);
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
        var fresh = initial || _afresh;
        BuildResult update;
        try
        {
            if (_afresh)
            {
                (_session, _afresh, touched) = (_sessions(Origin), false, null);
            }

            update = _session!.Update(touched, written =>
            {
                first ??= clock.Elapsed;
                Announce(written, before.Failed);
            });
        }
        catch (Exception e)
        {
            // Whatever failed (the session, a writer, a callback), the loop must live on to take the fix.
            _afresh = true;
            _updates.Failed(e);
            SetState(state => new PreviewState(state.BasePath, [], CliMessages.Describe(e)));
            _liveReload.ReloadAll();
            return;
        }

        var after = SetState(_ => new PreviewState(_session.Url?.BasePath ?? before.BasePath, update.Diagnostics));
        if ((before.Failed || after.Failed) && !before.ShowsTheSameAs(after) || before.BasePath != after.BasePath)
        {
            _liveReload.ReloadAll();
        }

        _updates.Updated(update, before.Diagnostics.SequenceEqual(after.Diagnostics), fresh, fresh ? null : first);
        if (update.Succeeded && update.Written.Count > 0)
        {
            _search?.Request();
        }
    }

    // The search runs beside the loop; its failure shows on every page like an update's, until the next update.
    private void SearchFailed(Exception e)
    {
        _updates.SearchFailed(e);
        SetState(state => state with { InternalError = CliMessages.Describe(e) });
        _liveReload.ReloadAll();
    }

    private PreviewState SetState(Func<PreviewState, PreviewState> change)
    {
        lock (_stateLock)
        {
            return _state = change(_state);
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
