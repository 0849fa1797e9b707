using ArchiveSite.Tests;
using Microsoft.Playwright;

namespace ArchiveSite.Browser.Tests.Languages;

/// <summary>The minimal fixture as a French site (<see cref="FrenchArchive"/>), built with search, served under /repo/
/// on 127.0.0.1, and one Chromium to visit it.</summary>
public sealed class FrenchSite : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public StaticSiteServer Server => _server ?? throw new InvalidOperationException("the site is not served yet");

    public string Url(string sitePath) => Server.BaseUrl + sitePath;

    public async ValueTask InitializeAsync()
    {
        var folder = _temp.Combine("site");
        _server = new StaticSiteServer(folder, SampleSite.BasePath);
        var result = SiteBuilds.Build(FrenchArchive.Create(_temp), folder, _server.BaseUrl, search: true);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the French site did not build:\n" + string.Join('\n', result.Diagnostics));
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public Task<Visit> OpenAsync(BrowserNewContextOptions? options = null) =>
        Visit.OpenAsync(_browser ?? throw new InvalidOperationException("the browser is not started yet"), options);

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _temp.Dispose();
    }
}
