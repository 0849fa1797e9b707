using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ArchiveSite.Cli.Serve;

/// <summary>The Kestrel host of the preview: one request handler, no configuration files, and no signal handling of its own.</summary>
public static class PreviewHost
{
    public static WebApplication Create(PreviewOptions options, RequestDelegate respond)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(ListenAddress(options.Host), options.Port);
        });

        // The command owns Ctrl+C (System.CommandLine cancels its token); the host must not catch the signal as well.
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        var app = builder.Build();
        app.Run(respond);
        return app;
    }

    /// <summary>The address to listen on: an IP address, or loopback for "localhost".</summary>
    public static IPAddress ListenAddress(string host) =>
        host == "localhost" ? IPAddress.Loopback
        : IPAddress.TryParse(host.Trim('[', ']'), out var address) ? address
        : throw new ArgumentException($"--host must be an IP address or localhost, not '{host}'");

    // Canonical links must be followable: a wildcard address is reached as localhost, an IPv6 one in brackets.
    public static string PublicHost(string host) => ListenAddress(host) switch
    {
        var any when any.Equals(IPAddress.Any) || any.Equals(IPAddress.IPv6Any) => "localhost",
        var v6 when v6.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 => $"[{v6}]",
        var v4 => host == "localhost" ? "localhost" : v4.ToString(),
    };

    private sealed class CommandLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
