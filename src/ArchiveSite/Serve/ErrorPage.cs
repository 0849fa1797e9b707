using System.Net;
using System.Text;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Cli.Serve;

/// <summary>What every page shows while the content has errors: each diagnostic, where it is and what to do; it reloads by itself once fixed.</summary>
public static class ErrorPage
{
    /// <summary>The page; the live-reload script is added when it is served, as for every page.</summary>
    public static string Render(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="en" data-archivesite-error>
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>The site could not be built · ArchiveSite</title>
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
            <h1>The site could not be built</h1>
            <p>{{errors}} error{{(errors == 1 ? "" : "s")}} to fix. Save the file and this page reloads by itself.</p>
            <ol class="diagnostics">

            """);
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

        html.Append("</ol>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    // Escaped before encoding: a control character in a file name is shown, not passed to the browser as it is.
    private static string Encode(string text) => WebUtility.HtmlEncode(PrintableText.Escape(text));
}
