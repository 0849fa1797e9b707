using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ArchiveSite.Tests.Commands;

/// <summary>The real <c>archivesite serve</c> process: what a curator runs and stops with Ctrl+C.</summary>
public class ServeCommandTests
{
    [Fact]
    public async Task Given_serve_is_running_When_it_gets_ctrl_c_Then_it_stops_cleanly_with_exit_code_0()
    {
        using var archive = new TestArchive();
        using var serve = Start("serve", "--input", archive.Input, "--theme", archive.Theme, "--output", archive.Output, "--no-search", "--port", "0");

        var serving = await serve.WaitForLine("Serving http://", TimeSpan.FromSeconds(90));
        Assert.True(serving is not null, serve.Output);
        using (var client = new HttpClient())
        {
            var url = serving!.Split(' ')[1];
            using var home = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        }

        using (var kill = Process.Start("kill", ["-INT", $"{serve.Process.Id}"]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await serve.Process.WaitForExitAsync(patience.Token);
        Assert.Equal(0, serve.Process.ExitCode);
        Assert.Contains("Stopped.", serve.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_port_is_taken_When_serve_starts_Then_it_says_so_and_exits_with_a_usage_error()
    {
        using var archive = new TestArchive();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        using var serve = Start("serve", "--input", archive.Input, "--theme", archive.Theme, "--output", archive.Output, "--no-search", "--port", $"{port}");

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await serve.Process.WaitForExitAsync(patience.Token);
        Assert.Equal(2, serve.Process.ExitCode);
        Assert.Contains("address already in use", serve.Output, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Runs the built tool with SIGINT at its default action: a test host started in the background may
    /// ignore SIGINT, and an ignored signal stays ignored in the processes it starts.</summary>
    private static RunningTool Start(params string[] arguments)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "archivesite");
        var start = File.Exists("/usr/bin/env") ? new ProcessStartInfo("/usr/bin/env", ["--default-signal=INT", tool, .. arguments]) : new ProcessStartInfo(tool, arguments);
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        start.UseShellExecute = false;
        return new RunningTool(Process.Start(start)!);
    }

    private sealed class RunningTool : IDisposable
    {
        private readonly StringBuilder _output = new();

        public RunningTool(Process process)
        {
            Process = process;
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
        }

        public Process Process { get; }

        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public async Task<string?> WaitForLine(string start, TimeSpan patience)
        {
            var deadline = DateTime.UtcNow + patience;
            while (DateTime.UtcNow < deadline && !Process.HasExited)
            {
                if (Output.Split('\n').FirstOrDefault(l => l.StartsWith(start, StringComparison.Ordinal)) is { } line)
                {
                    return line.Trim();
                }

                await Task.Delay(50, TestContext.Current.CancellationToken);
            }

            return null;
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }

            Process.Dispose();
        }

        private void Append(string? line)
        {
            if (line is not null)
            {
                lock (_output)
                {
                    _output.AppendLine(line);
                }
            }
        }
    }
}
