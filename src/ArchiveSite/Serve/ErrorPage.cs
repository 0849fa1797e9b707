using System.Net;
using System.Text;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Cli.Serve;

/// <summary>What every page shows while the site cannot be served: each diagnostic, where it is and what to do, or the
/// internal error that stopped the update; it reloads by itself once fixed.</summary>
public static class ErrorPage
{
    /// <summary>The page for content errors; the live-reload script is added when it is served, as for every page.</summary>
    public static string Render(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var html = new StringBuilder();
        html.Append($"<p>{errors} error{(errors == 1 ? "" : "s")} to fix. Save the file and this page reloads by itself.</p>\n");
        html.Append("<ol class=\"diagnostics\">\n");
        foreach (var diagnostic in diagnostics.OrderByDescending(d => d.IsError))
        {
            var location = diagnostic.Location;
            html.Append($"""<li class="{(diagnostic.IsError ? "error" : "warning")}"><code class="location">""")
                .Append(Encode($"{location.Path}:{location.Line}:{location.Column}"))
                .Append($"""</code> <span class="severity">{(diagnostic.IsError ? "error" : "warning")}</span> <code class="code">""")
                .Append(Encode(diagnostic.Code))
                .Append("""</code>: <span class="message">""")
                .Append(Encode(diagnostic.Message))
                .Append("</span></li>\n");
        }

        html.Append("</ol>\n");
        return Page("The site could not be built", html.ToString());
    }

    /// <summary>The page for an update that failed with an exception: a fault in ArchiveSite, not in the content.</summary>
    /// <param name="description">The exception's type and message (<see cref="CliMessages.Describe"/>).</param>
    public static string RenderInternalError(string description) => Page(
        "Internal error",
        $"""
        <p>ArchiveSite failed while updating the preview: <code class="internal-error">{Encode(description)}</code></p>
        <p>The server keeps running: save a file and the site is built again, and this page reloads by itself.
        If it happens again, please report it at <a href="{CliMessages.IssuesUrl}">{CliMessages.IssuesUrl}</a>.</p>

        """);

    private static string Page(string title, string main) => $$"""
        <!DOCTYPE html>
        <html lang="en" data-archivesite-error>
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>{{title}} · ArchiveSite</title>
        <style>
        body { font: 1rem/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
        ol { padding-left: 1.5rem; } li { margin: .75rem 0; }
        .location, .code { font-family: ui-monospace, monospace; }
        .error .severity { color: #b00020; font-weight: bold; } .warning .severity { color: #8a5a00; font-weight: bold; }
        @media (prefers-color-scheme: dark) { .error .severity { color: #ff8a80; } .warning .severity { color: #ffd180; } }
        </style>
        </head>
        <body>
        <main>
        <h1>{{title}}</h1>
        {{main}}</main>
        </body>
        </html>

        """;

    // Escaped before encoding: a control character in a file name is shown, not passed to the browser as it is.
    private static string Encode(string text) => WebUtility.HtmlEncode(PrintableText.Escape(text));
}
