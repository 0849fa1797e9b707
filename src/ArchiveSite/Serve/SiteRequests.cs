using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace ArchiveSite.Cli.Serve;

/// <summary>Answers a request for the site as GitHub Pages would (under the base path, dir/ → dir/index.html, misses → 404.html),
/// adding the live-reload script to HTML, and the error page instead of any page while the site has errors.</summary>
public sealed class SiteRequests(string root, LiveReload liveReload, Func<PreviewState> state)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    public async Task RespondAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-cache";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var current = state();
        var path = request.Path.Value ?? "/";
        var basePath = current.BasePath;
        if (basePath.Length > 0 && (path == "/" || path == basePath))
        {
            response.Redirect(basePath + "/"); // The site lives under its base path; the bare origin leads there.
            return;
        }

        var file = path.StartsWith(basePath + "/", StringComparison.Ordinal) ? Local(path[(basePath.Length + 1)..]) : null;
        if (file is not null && Directory.Exists(file))
        {
            if (!path.EndsWith('/'))
            {
                response.StatusCode = StatusCodes.Status301MovedPermanently; // As GitHub Pages does: /repo/tags → /repo/tags/
                response.Headers.Location = path + "/" + request.QueryString;
                return;
            }

            file = Path.Combine(file, "index.html");
        }

        var found = file is not null && File.Exists(file);
        if (current.Failed && (found ? file!.EndsWith(".html", StringComparison.Ordinal) : !Path.HasExtension(path)))
        {
            await Html(context, StatusCodes.Status500InternalServerError, current.ErrorPage());
            return;
        }

        if (!found)
        {
            var notFound = Path.Combine(_root, "404.html");
            await Html(context, StatusCodes.Status404NotFound, File.Exists(notFound) ? await File.ReadAllTextAsync(notFound) : "<!DOCTYPE html><title>Not found</title><p>Not found.</p>");
            return;
        }

        if (file!.EndsWith(".html", StringComparison.Ordinal))
        {
            await Html(context, StatusCodes.Status200OK, await File.ReadAllTextAsync(file));
            return;
        }

        response.ContentType = ContentType(file);
        response.ContentLength = new FileInfo(file).Length;
        if (HttpMethods.IsGet(request.Method))
        {
            await response.SendFileAsync(file, context.RequestAborted);
        }
    }

    public static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".csv" => "text/csv; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".bib" => "application/x-bibtex; charset=utf-8",
        ".ris" => "application/x-research-info-systems; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".wasm" => "application/wasm",
        _ => ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream",
    };

    /// <summary>The file for a site path, or null for a path that would leave the folder.</summary>
    private string? Local(string sitePath)
    {
        var full = Path.GetFullPath(Path.Combine(_root, sitePath));
        return full == _root || full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private async Task Html(HttpContext context, int status, string html)
    {
        var tag = LiveReloadScript.Tag(liveReload.Version);
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var body = Encoding.UTF8.GetBytes(end < 0 ? html + tag : string.Concat(html.AsSpan(0, end), tag, html.AsSpan(end)));
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = body.Length;
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }
}
