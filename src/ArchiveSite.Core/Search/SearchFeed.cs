using ArchiveSite.Diagnostics;
using ArchiveSite.Pages;

namespace ArchiveSite.Search;

/// <summary>Stage 6 while stage 4 runs: hands each digest page's HTML, as it is rendered, to Pagefind's service, which
/// parses it while the other pages render; <see cref="Write"/> then has Pagefind write the index into the site folder.</summary>
/// <remarks>
/// Pages reach Pagefind in the plan's order whatever order the parallel render finishes them in (a page rendered ahead
/// of its turn waits here, already framed), because Pagefind numbers pages in the order it receives them and the index
/// must be the same bytes on every build. The render hands pages out in the plan's order, so only a few wait here at
/// any time and Pagefind parses while the rest render. Nothing is read back from disk and no Node process runs.
/// </remarks>
internal sealed class SearchFeed : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<int, (uint Id, byte[] Frame, string What)> _early = [];
    private PagefindService? _service;
    private Diagnostic? _failure;
    private Dictionary<string, int> _order = new(StringComparer.Ordinal);
    private uint _index;
    private int _next;

    /// <summary>How long Pagefind may leave a request unanswered before it counts as hung (a test shortens it).</summary>
    public TimeSpan Patience { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Starts Pagefind's service (from <paramref name="binary"/>) before rendering, so its start-up overlaps other work.</summary>
    public void Start(string binary)
    {
        _service = PagefindService.Start(binary, Patience, out _failure);
    }

    /// <summary>Creates the index for <paramref name="plan"/>'s digest pages, which are then expected in the plan's order.</summary>
    public void Begin(PagePlan plan)
    {
        if (_service is null)
        {
            return;
        }

        _order = plan.Pages.OfType<DigestPage>().Select((page, i) => (page.OutputFile, i)).ToDictionary(p => p.OutputFile, p => p.i, StringComparer.Ordinal);
        var language = plan.Archive.Settings.Language;
        var created = PagefindService.Wait(_service.Request("NewIndex", w =>
        {
            w.WriteStartObject("config");
            w.WriteString("force_language", language);
            w.WriteEndObject();
        }, "creating the index"));
        _index = created?.Number("index_id") ?? 0;
    }

    /// <summary>Takes one rendered page (called from the render's threads); pages other than digests are ignored.</summary>
    /// <param name="html">The page as rendered, valid only during this call (the render buffer is reused).</param>
    public void Add(SitePage page, ReadOnlySpan<char> html)
    {
        if (_service is null || page is not DigestPage || !_order.TryGetValue(page.OutputFile, out var position))
        {
            return;
        }

        var indexed = IndexedHtml.Of(html.ToString());

        // Trimming and framing (JSON and base64) run on the render's thread; only the hand-over is ordered.
        var id = _service.NextId();
        var frame = PagefindMessages.Frame(id, "AddFile", w =>
        {
            w.WriteNumber("index_id", _index);
            w.WriteString("file_path", page.OutputFile);
            w.WriteString("file_contents", indexed);
        });
        var what = "indexing " + page.Path;
        lock (_lock)
        {
            _early[position] = (id, frame, what);
            while (_early.Remove(_next, out var ready))
            {
                _service.Post(ready.Id, ready.Frame, ready.What);
                _next++;
            }
        }
    }

    /// <summary>Has Pagefind write the index to <paramref name="siteFolder"/>/pagefind/; a failure at any point since
    /// <see cref="Start"/> is reported here, once.</summary>
    public void Write(string siteFolder, DiagnosticBag diagnostics)
    {
        if (_service is not null)
        {
            lock (_lock)
            {
                // A page whose render failed never arrives; the build fails for it, but the index is still written in order.
                foreach (var position in _early.Keys.Order().ToList())
                {
                    var (id, frame, what) = _early[position];
                    _service.Post(id, frame, what);
                }

                _early.Clear();
            }

            var output = Path.Combine(Path.GetFullPath(siteFolder), SearchIndex.OutputSubfolder);
            var written = PagefindService.Wait(_service.Request("WriteFiles", w =>
            {
                w.WriteNumber("index_id", _index);
                w.WriteString("output_path", output);
            }, "writing the index"));
            _failure ??= _service.Failure;
            if (written is not null && written.Type != "WriteFiles")
            {
                _failure ??= DiagnosticCodes.SearchServiceGarbled.At(SourceLocation.StartOf("package.json"), $"an answer of type {written.Type} to WriteFiles");
            }
        }

        if (_failure is not null)
        {
            diagnostics.Add(_failure);
        }
    }

    public void Dispose() => _service?.Dispose();
}
