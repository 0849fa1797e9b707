using System.Net;
using ArchiveSite.Cli.Serve;
using HtmlAgilityPack;

namespace ArchiveSite.Tests.Serve;

/// <summary>A preview server over a temp copy of the archive, started in-process on a free port, with an HTTP client pointed at it.</summary>
public sealed class PreviewHarness : IAsyncDisposable
{
    private readonly StringWriter _text;
    private readonly TextWriter _log;

    private PreviewHarness(TestArchive archive, PreviewServer server, StringWriter text, TextWriter log)
    {
        (_text, _log) = (text, log);
        Archive = archive;
        Server = server;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Origin, Timeout = TimeSpan.FromSeconds(20) };
    }

    /// <summary>How long a test waits for a saved change to show; generous, as the test machine is shared.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public TestArchive Archive { get; }

    public PreviewServer Server { get; }

    public HttpClient Client { get; }

    /// <summary>What the server printed so far.</summary>
    public string Log
    {
        get
        {
            // The synchronized writer locks itself around each write; reading under the same lock sees whole lines.
            lock (_log)
            {
                return _text.ToString();
            }
        }
    }

    /// <param name="wrap">Wraps each session the server makes, to inject failures (<see cref="FaultySessions"/>).</param>
    /// <param name="search">Runs the background search; the wrapper must then answer IndexSearch without Pagefind.</param>
    public static async Task<PreviewHarness> StartAsync(
        bool copyTheme = false, string? baseUrl = null, Func<IPreviewSession, IPreviewSession>? wrap = null, bool search = false)
    {
        var archive = new TestArchive(copyTheme);
        var text = new StringWriter();
        var log = TextWriter.Synchronized(text);
        var options = archive.Options(baseUrl: baseUrl) with { Search = search };
        var server = await PreviewServer.StartAsync(
            new PreviewOptions(options, "127.0.0.1", 0, TimeSpan.FromMilliseconds(20)), log, TestContext.Current.CancellationToken,
            origin => (wrap ?? (session => session))(new PreviewSession(options, origin)));
        return new PreviewHarness(archive, server, text, log);
    }

    public string SitePath(string path) => $"{Server.SiteUrl.AbsolutePath}{path}";

    public async Task<(HttpStatusCode Status, HtmlDocument Html)> GetHtml(string path)
    {
        using var response = await Client.GetAsync(path, TestContext.Current.CancellationToken);
        var html = new HtmlDocument();
        html.LoadHtml(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (response.StatusCode, html);
    }

    /// <summary>Polls until <paramref name="done"/> holds or <see cref="Patience"/> runs out.</summary>
    public static async Task<bool> Eventually(Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await done())
            {
                return true;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return await done();
    }

    public static string? Title(HtmlDocument html) => html.DocumentNode.SelectSingleNode("//h1")?.InnerText.Trim();

    /// <summary>The node at <paramref name="xpath"/>, failing the test when there is none.</summary>
    public static HtmlNode Node(HtmlNode node, string xpath) => node.SelectSingleNode(xpath) ?? throw new Xunit.Sdk.XunitException($"no {xpath} in {node.OuterHtml[..Math.Min(300, node.OuterHtml.Length)]}");

    public static IReadOnlyList<HtmlNode> Nodes(HtmlNode node, string xpath) => node.SelectNodes(xpath) is { } nodes ? [.. nodes] : [];

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        Archive.Dispose();
    }
}
