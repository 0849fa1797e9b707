namespace ArchiveSite.Tests.Serve;

/// <summary>A Server-Sent Events client, as a browser's EventSource would read the preview's stream.</summary>
public sealed class EventSourceClient : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventSourceClient(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<EventSourceClient> OpenAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var stream = new EventSourceClient(response, new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken)));
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return stream;
    }

    /// <summary>The next event named <paramref name="name"/> (others are skipped), or null if none comes in time.</summary>
    public async Task<string?> Next(string name, TimeSpan patience)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(patience);
        try
        {
            string? kind = null;
            var data = "";
            while (await _reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    kind = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data += line["data: ".Length..];
                }
                else if (line.Length == 0)
                {
                    if (kind == name)
                    {
                        return data;
                    }

                    (kind, data) = (null, "");
                }
            }
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            // Nothing in time.
        }

        return null;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
