using Microsoft.Playwright;

namespace ArchiveSite.Browser.Tests;

/// <summary>One browser context and its page, recording every URL requested from it (page, workers).</summary>
public sealed class Visit : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _requests = [];

    private Visit(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        // On the context, not the page, so requests from the search worker count too.
        context.Request += (_, request) => { lock (_requests) { _requests.Add(request.Url); } };
    }

    public IPage Page { get; }

    /// <summary>Every URL requested so far, in order.</summary>
    public IReadOnlyList<string> Requests
    {
        get { lock (_requests) { return [.. _requests]; } }
    }

    public static async Task<Visit> OpenAsync(IBrowser browser, BrowserNewContextOptions? options)
    {
        var context = await browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        context.SetDefaultTimeout(10_000);
        return new Visit(context, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
