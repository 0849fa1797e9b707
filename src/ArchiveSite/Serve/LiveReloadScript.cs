namespace ArchiveSite.Cli.Serve;

/// <summary>The script <c>serve</c> adds to every HTML response (never to a built file): it follows the server's events.</summary>
/// <remarks>
/// "reload" lists the URL paths whose pages changed; a page reloads only when it is among them (or on "all"), and an
/// error page on any. "css" lists the new stylesheet URLs, which replace the links whose name matches once the content
/// hash is taken off, without a reload. "hello" carries the server's update count: a page served before the latest
/// update, or by a server that has since restarted, reloads.
/// </remarks>
public static class LiveReloadScript
{
    public const string Path = "/__archivesite/live-reload.js";

    /// <summary>The tag injected before &lt;/body&gt;, carrying the update count the page was served at.</summary>
    public static string Tag(long version) => $"<script src=\"{Path}\" data-version=\"{version}\" defer></script>";

    public const string Source = """
        // ArchiveSite live reload: added by `archivesite serve` to each HTML response; never part of a built site.
        (() => {
          const script = document.currentScript;
          const version = Number(script?.dataset.version ?? -1);
          const failed = document.documentElement.hasAttribute("data-archivesite-error");
          const here = decodeURI(location.pathname).replace(/index\.html$/, "");
          const unhashed = (url) => url.replace(/\.[0-9a-f]{10}\.css$/, ".css");
          const events = new EventSource("/__archivesite/events");
          events.addEventListener("hello", (e) => {
            if (JSON.parse(e.data).version !== version) location.reload();
          });
          events.addEventListener("reload", (e) => {
            const change = JSON.parse(e.data);
            if (failed || change.all || change.paths.includes(here)) location.reload();
          });
          events.addEventListener("css", (e) => {
            const sheets = JSON.parse(e.data).stylesheets;
            for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
              const next = sheets.find((url) => unhashed(url) === unhashed(link.getAttribute("href")));
              if (next) link.setAttribute("href", next);
            }
          });
        })();

        """;
}
