using System.Net;
using System.Net.Sockets;

namespace ArchiveSite.Tests;

/// <summary>Serves a built site folder on 127.0.0.1 under a base path, as GitHub Pages would: dir/ → dir/index.html, misses → 404.html.</summary>
/// <remarks>Requests outside the base path get a plain 404, so a link that escapes /repo/ shows up as broken.</remarks>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _basePath;
    private readonly Task _loop;

    /// <param name="basePath">"" or "/repo".</param>
    public StaticSiteServer(string root, string basePath)
    {
        _root = Path.GetFullPath(root);
        _basePath = basePath.TrimEnd('/');
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Origin => $"http://127.0.0.1:{Port}";

    /// <summary>The site's root URL, ending in '/'.</summary>
    public string BaseUrl => $"{Origin}{_basePath}/";

    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            var file = Resolve(path);
            if (file is null && path.StartsWith(_basePath + "/", StringComparison.Ordinal) && !path.EndsWith('/') && Directory.Exists(Local(path)))
            {
                response.StatusCode = 301; // As GitHub Pages does: /repo/tags → /repo/tags/
                response.RedirectLocation = path + "/";
                return;
            }

            response.StatusCode = file is null ? 404 : 200;
            file ??= Path.Combine(_root, "404.html");
            if (!File.Exists(file))
            {
                return;
            }

            var bytes = File.ReadAllBytes(file);
            response.ContentType = ContentType(file);
            response.AddHeader("Access-Control-Allow-Origin", "*"); // As GitHub Pages does: the data files are readable from any origin.
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes);
        }
        catch (HttpListenerException)
        {
            // The browser went away mid-response.
        }
    }

    private string? Resolve(string path)
    {
        if (!path.StartsWith(_basePath + "/", StringComparison.Ordinal))
        {
            return null;
        }

        var local = Local(path);
        if (!local.StartsWith(_root, StringComparison.Ordinal))
        {
            return null;
        }

        if (path.EndsWith('/'))
        {
            local = Path.Combine(local, "index.html");
        }

        return File.Exists(local) ? local : null;
    }

    private string Local(string path) => Path.GetFullPath(Path.Combine(_root, path[(_basePath.Length + 1)..]));

    public static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".xml" => "application/xml",
        ".csv" => "text/csv; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".wasm" => "application/wasm",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
