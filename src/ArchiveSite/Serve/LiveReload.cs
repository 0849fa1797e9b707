using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace ArchiveSite.Cli.Serve;

/// <summary>The Server-Sent Events stream open pages listen to: which pages changed, which stylesheets to swap.</summary>
public sealed class LiveReload
{
    public const string EventsPath = "/__archivesite/events";

    private readonly ConcurrentDictionary<Channel<string>, byte> _clients = new();
    private long _version;

    /// <summary>Counts the updates that changed something; pages carry the count they were served at.</summary>
    public long Version => Interlocked.Read(ref _version);

    public int Clients => _clients.Count;

    /// <summary>Pages at these URL paths ("/repo/digests/x/") changed: those showing them reload.</summary>
    public void Reload(IReadOnlyCollection<string> urlPaths)
    {
        if (urlPaths.Count > 0)
        {
            Send("reload", JsonSerializer.Serialize(new { all = false, paths = urlPaths }));
        }
    }

    /// <summary>Everything may have changed (errors appeared or went): every page reloads.</summary>
    public void ReloadAll() => Send("reload", """{"all":true,"paths":[]}""");

    /// <summary>Only stylesheets changed: pages swap their links to these URLs without reloading.</summary>
    public void SwapStylesheets(IReadOnlyCollection<string> urls) =>
        Send("css", JsonSerializer.Serialize(new { stylesheets = urls }));

    /// <summary>Holds the request open and writes each event to it until the client leaves or the server stops.</summary>
    public async Task StreamAsync(HttpContext context, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        _clients[channel] = 0;
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            // A short retry: after a restart of serve, pages find the new server within half a second.
            await Write(context, $"retry: 500\nevent: hello\ndata: {{\"version\":{Version}}}\n\n", done.Token);
            await foreach (var message in channel.Reader.ReadAllAsync(done.Token))
            {
                await Write(context, message, done.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away, or the server is stopping.
        }
        catch (IOException)
        {
            // The connection broke mid-write.
        }
        finally
        {
            _clients.TryRemove(channel, out _);
        }
    }

    private void Send(string name, string data)
    {
        Interlocked.Increment(ref _version);
        var message = $"event: {name}\ndata: {data}\n\n";
        foreach (var client in _clients.Keys)
        {
            client.Writer.TryWrite(message);
        }
    }

    private static async Task Write(HttpContext context, string text, CancellationToken cancellation)
    {
        await context.Response.WriteAsync(text, cancellation);
        await context.Response.Body.FlushAsync(cancellation);
    }
}
