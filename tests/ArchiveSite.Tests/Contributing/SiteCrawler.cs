using HtmlAgilityPack;

namespace ArchiveSite.Tests.Contributing;

/// <summary>Crawls a served site from its home page as a reader's browser would: every page, stylesheet, script, image and form target it references.</summary>
/// <remarks>Only same-origin URLs are followed; one outside the base path is reported as escaping rather than fetched.</remarks>
public sealed class SiteCrawler(HttpClient http, Uri baseUrl)
{
    private static readonly (string Element, string Attribute)[] References =
        [("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("form", "action")];

    private readonly Dictionary<string, int> _status = new(StringComparer.Ordinal);
    private readonly Queue<Uri> _pages = new();

    /// <summary>"page → url (status)" for each reference that did not load with 200 OK.</summary>
    public List<string> Broken { get; } = [];

    /// <summary>"page → url" for each same-origin reference outside the base path.</summary>
    public List<string> Escaping { get; } = [];

    /// <summary>Every HTML page read, by path.</summary>
    public SortedSet<string> Pages { get; } = new(StringComparer.Ordinal);

    /// <summary>Every URL fetched, by path.</summary>
    public IReadOnlyCollection<string> Fetched => _status.Keys;

    /// <summary>Crawls from the base URL; <paramref name="alsoCheck"/> are pages read as-is whatever their status (a 404 page's links must work too).</summary>
    public async Task RunAsync(IEnumerable<Uri> alsoCheck, CancellationToken cancel)
    {
        foreach (var extra in alsoCheck)
        {
            using var response = await http.GetAsync(extra, cancel);
            await ReadPageAsync(extra, await response.Content.ReadAsStringAsync(cancel), cancel);
        }

        await VisitAsync("(start)", baseUrl, cancel);
        while (_pages.TryDequeue(out var page))
        {
            using var response = await http.GetAsync(page, cancel);
            await ReadPageAsync(page, await response.Content.ReadAsStringAsync(cancel), cancel);
        }
    }

    private async Task ReadPageAsync(Uri page, string html, CancellationToken cancel)
    {
        Pages.Add(page.AbsolutePath);
        var document = new HtmlDocument();
        document.LoadHtml(html);
        foreach (var (element, attribute) in References)
        {
            foreach (var node in document.DocumentNode.SelectNodes($"//{element}[@{attribute}]") ?? Enumerable.Empty<HtmlNode>())
            {
                var value = HtmlEntity.DeEntitize(node.GetAttributeValue(attribute, ""));
                // "#main" (the skip link) stays on the page; nothing to fetch.
                if (!value.StartsWith('#') && Uri.TryCreate(page, value, out var target))
                {
                    await VisitAsync(page.AbsolutePath, target, cancel);
                }
            }
        }

        // The search page loads Pagefind with import(bundle + "pagefind.js"), so the bundle's URL must hold up too.
        foreach (var node in document.DocumentNode.SelectNodes("//*[@data-bundle]") ?? Enumerable.Empty<HtmlNode>())
        {
            var bundle = new Uri(page, node.GetAttributeValue("data-bundle", ""));
            await VisitAsync(page.AbsolutePath, new Uri(bundle, "pagefind.js"), cancel);
            await VisitAsync(page.AbsolutePath, new Uri(bundle, "pagefind-entry.json"), cancel);
        }
    }

    private async Task VisitAsync(string from, Uri target, CancellationToken cancel)
    {
        if (target.Scheme is not ("http" or "https") || target.GetLeftPart(UriPartial.Authority) != baseUrl.GetLeftPart(UriPartial.Authority))
        {
            return; // mailto:, and external sites the archive cites.
        }

        if (!target.AbsolutePath.StartsWith(baseUrl.AbsolutePath, StringComparison.Ordinal))
        {
            Escaping.Add($"{from} → {target.AbsolutePath}");
            return;
        }

        var path = target.AbsolutePath;
        if (!_status.TryGetValue(path, out var status))
        {
            using var response = await http.GetAsync(new Uri(target.GetLeftPart(UriPartial.Path)), HttpCompletionOption.ResponseHeadersRead, cancel);
            _status[path] = status = (int)response.StatusCode;
            if (status == 200 && response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                _pages.Enqueue(new Uri(target.GetLeftPart(UriPartial.Path)));
            }
        }

        if (status != 200)
        {
            Broken.Add($"{from} → {path} ({status})");
        }
    }
}
