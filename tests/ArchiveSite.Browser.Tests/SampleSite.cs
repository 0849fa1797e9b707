using ArchiveSite.Tests;
using Microsoft.Playwright;

namespace ArchiveSite.Browser.Tests;

/// <summary>The sample archive (input/) built once with search, served under /repo/ on 127.0.0.1, and one Chromium to visit it.</summary>
/// <remarks>Built with the same base URL it is served at, so canonical links, feeds and search results all point at the test server.</remarks>
public sealed class SampleSite : IAsyncLifetime
{
    public const string BasePath = "/repo";

    private readonly TempFolder _temp = new();
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public StaticSiteServer Server => _server ?? throw new InvalidOperationException("the site is not served yet");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser is not started yet");

    /// <summary>The built site's folder.</summary>
    public string Folder => _temp.Combine("site");

    /// <summary>The absolute URL of a site path such as "search/?q=x" (no leading slash).</summary>
    public string Url(string sitePath) => Server.BaseUrl + sitePath;

    public async ValueTask InitializeAsync()
    {
        // The server starts first because the build needs its port for the base URL.
        _server = new StaticSiteServer(Folder, BasePath);
        var result = SiteBuilds.Build(RepositoryPaths.Input, Folder, _server.BaseUrl, search: true);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the sample site did not build:\n" + string.Join('\n', result.Diagnostics));
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh browser context (no cookies, history or cache shared with other tests) with one page.</summary>
    public Task<Visit> OpenAsync(BrowserNewContextOptions? options = null) => Visit.OpenAsync(Browser, options);

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

/// <summary>Runs every browser test against one built site and one browser; the tests in it run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SharedSampleSite : ICollectionFixture<SampleSite>
{
    public const string Name = "sample site in Chromium";
}
