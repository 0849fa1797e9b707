using System.Diagnostics;
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
    private Task<PagefindResponse>? _lastPage;

    /// <summary>How long Pagefind may leave a request unanswered before it counts as hung (a test shortens it).</summary>
    public TimeSpan Patience { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How many threads the render may use while it feeds Pagefind: every core but one, which is left to Pagefind;
    /// -1 (as many as the scheduler likes) when no service runs.</summary>
    /// <remarks>
    /// Pagefind parses one page at a time on one thread, at about 1.5 ms of CPU per digest page: slower than the render
    /// makes them, so from the first page to the written index its thread is the build's critical path. A render on
    /// every core only shares that core with it (three busy threads on two cores give each two thirds of one) and leaves
    /// more pages queued when it ends; with a core to itself Pagefind is further on when the render ends, and the render,
    /// which still outruns it, only takes longer. Measured on 10,000 digests (README, Performance).
    /// </remarks>
    public int RenderThreads => _service is null ? -1 : Math.Max(1, Environment.ProcessorCount - 1);

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
                Pass(ready, last: _next == _order.Count - 1);
                _next++;
            }
        }
    }

    /// <summary>Has Pagefind write the index to <paramref name="siteFolder"/>/pagefind/; a failure at any point since
    /// <see cref="Start"/> is reported here, once. <paramref name="part"/>, if given, is told how long the wait took in two
    /// parts (by name): Pagefind parsing the pages still queued when the render ended, then building and writing the index.</summary>
    public void Write(string siteFolder, DiagnosticBag diagnostics, Action<string, TimeSpan>? part = null)
    {
        if (_service is not null)
        {
            lock (_lock)
            {
                // A page whose render failed never arrives; the build fails for it, but the index is still written in order.
                var left = _early.Keys.Order().ToList();
                foreach (var position in left)
                {
                    Pass(_early[position], last: position == left[^1]);
                }

                _early.Clear();
            }

            var output = Path.Combine(Path.GetFullPath(siteFolder), SearchIndex.OutputSubfolder);
            var writing = _service.Request("WriteFiles", w =>
            {
                w.WriteNumber("index_id", _index);
                w.WriteString("output_path", output);
            }, "writing the index");
            var clock = Stopwatch.StartNew();
            if (part is not null && _lastPage is { } lastPage)
            {
                // Pagefind answers in order, so the last page's answer means every page has been parsed.
                PagefindService.Wait(lastPage);
                part("index search: parse the pages still queued", clock.Elapsed);
                clock.Restart();
            }

            var written = PagefindService.Wait(writing);
            part?.Invoke("index search: build and write the index", clock.Elapsed);
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

    /// <summary>Queues one framed page (under the lock); the last page's answer is kept, to time what was left to parse.</summary>
    private void Pass((uint Id, byte[] Frame, string What) page, bool last)
    {
        if (last)
        {
            _lastPage = _service!.Send(page.Id, page.Frame, page.What);
        }
        else
        {
            _service!.Post(page.Id, page.Frame, page.What);
        }
    }
}
