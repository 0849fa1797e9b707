using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Search;

/// <summary>One <c>pagefind_extended --service</c> process, driven over its standard input and output: requests are sent in
/// order by one writer thread without waiting for their answers, answers are matched to requests by id on one reader
/// thread, and the first failure (an error answer, a garbled message, the process stopping, or no answer for
/// <see cref="Patience"/>) is kept as the diagnostic to report; after it, requests are dropped and nothing waits.</summary>
/// <remarks>
/// Pagefind handles one request at a time, in the order received, so a request can be queued while it parses the pages
/// before it. Queued requests are held up to <see cref="QueueLimit"/> bytes; past that, the caller waits for Pagefind.
/// A watchdog kills a process that leaves a request unanswered for <see cref="Patience"/>: a write to a process that
/// stopped reading then fails at once instead of blocking, so no caller waits forever.
/// </remarks>
internal sealed class PagefindService : IDisposable
{
    public const long QueueLimit = 64L << 20;

    private readonly Process _process;
    private readonly Stream _input;
    private readonly Thread _writer;
    private readonly Thread _reader;
    private readonly Timer _watchdog;
    private readonly object _lock = new(); // Not a Lock: the queue waits on it with Monitor.Wait.
    private readonly Queue<byte[]> _queue = new();
    private readonly Dictionary<uint, Pending> _pending = [];
    private readonly Queue<string> _errorLines = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _queuedBytes;
    private TimeSpan _lastHeard;
    private bool _closing;
    private uint _lastId;
    private Diagnostic? _failure;

    private PagefindService(Process process, TimeSpan patience)
    {
        _process = process;
        Patience = patience;
        _input = process.StandardInput.BaseStream;
        process.ErrorDataReceived += (_, e) => KeepErrorLine(e.Data);
        process.BeginErrorReadLine();
        _writer = new Thread(WriteRequests) { IsBackground = true, Name = "pagefind requests" };
        _reader = new Thread(ReadAnswers) { IsBackground = true, Name = "pagefind answers" };
        _writer.Start();
        _reader.Start();
        var tick = TimeSpan.FromMilliseconds(Math.Clamp(patience.TotalMilliseconds / 4, 50, 1000));
        _watchdog = new Timer(_ => CheckPatience(), null, tick, tick);
    }

    /// <summary>How long a request may go unanswered before the process counts as hung.</summary>
    public TimeSpan Patience { get; }

    /// <summary>The first failure, as the diagnostic to report; null while all is well.</summary>
    public Diagnostic? Failure
    {
        get { lock (_lock) { return _failure; } }
    }

    private static SourceLocation Where => SourceLocation.StartOf("package.json");

    private static Diagnostic Closed => DiagnosticCodes.SearchServiceStopped.At(Where, "none", "it was closed before it answered");

    /// <summary>Starts <paramref name="binary"/> in service mode; null, with <paramref name="failure"/> set, when it cannot run.</summary>
    public static PagefindService? Start(string binary, TimeSpan patience, out Diagnostic? failure)
    {
        var start = new ProcessStartInfo(binary)
        {
            ArgumentList = { "--service" },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        failure = null;
        var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            failure = DiagnosticCodes.SearchServiceNotStarted.At(Where, binary, e.Message);
            return null;
        }

        return new PagefindService(process, patience);
    }

    /// <summary>A new message id: requests framed ahead (on other threads) take theirs here.</summary>
    public uint NextId() => Interlocked.Increment(ref _lastId);

    /// <summary>Frames and queues one request; the task ends with its answer, or faults with the service's failure.</summary>
    public Task<PagefindResponse> Request(string type, Action<Utf8JsonWriter> payload, string what)
    {
        var id = NextId();
        return Send(id, PagefindMessages.Frame(id, type, payload), what);
    }

    /// <summary>Queues a request framed with <paramref name="id"/> (from <see cref="NextId"/>) whose answer only matters if it
    /// is an error (which becomes <see cref="Failure"/>); <paramref name="what"/> names it in messages.</summary>
    /// <remarks>Waits while the queue is full. Once the service has failed the request is dropped.</remarks>
    public void Post(uint id, byte[] frame, string what) => Enqueue(id, frame, new Pending(what, null));

    /// <summary>As <see cref="Post"/>, with a task that ends with the answer, or faults with the service's failure.</summary>
    public Task<PagefindResponse> Send(uint id, byte[] frame, string what)
    {
        var pending = new Pending(what, new TaskCompletionSource<PagefindResponse>(TaskCreationOptions.RunContinuationsAsynchronously));
        Enqueue(id, frame, pending);
        return pending.Answer!.Task;
    }

    private void Enqueue(uint id, byte[] frame, Pending pending)
    {
        lock (_lock)
        {
            while (_failure is null && !_closing && _queuedBytes > QueueLimit)
            {
                Monitor.Wait(_lock, TimeSpan.FromMilliseconds(200));
            }

            if (_failure is not null || _closing)
            {
                pending.Answer?.TrySetException(new PagefindServiceException(_failure ?? Closed));
                return;
            }

            if (_pending.Count == 0)
            {
                _lastHeard = _clock.Elapsed; // The patience runs from the first request Pagefind owes an answer to.
            }

            _pending[id] = pending;
            _queue.Enqueue(frame);
            _queuedBytes += frame.Length;
            Monitor.PulseAll(_lock);
        }
    }

    /// <summary>Waits for <paramref name="answer"/>; null when the service failed (see <see cref="Failure"/>).</summary>
    /// <remarks>The watchdog ends every wait: an answer comes, or the process is stopped and the request faults.</remarks>
    public static PagefindResponse? Wait(Task<PagefindResponse> answer)
    {
        try
        {
            return answer.GetAwaiter().GetResult();
        }
        catch (PagefindServiceException)
        {
            return null;
        }
    }

    /// <summary>Drops what is still queued, closes the input (Pagefind exits at its end), waits briefly for the process,
    /// and kills it if it stays.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _closing = true;
            _queue.Clear(); // A failed build's pages: nobody will wait for their answers.
            _queuedBytes = 0;
            Monitor.PulseAll(_lock);
        }

        _writer.Join();
        _watchdog.Dispose();
        try
        {
            if (!_process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(5));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _reader.Join(TimeSpan.FromSeconds(5));
        Fail(null); // Nothing more will be answered: release any caller still waiting.
        _process.Dispose();
    }

    private void WriteRequests()
    {
        while (true)
        {
            byte[] frame;
            bool last;
            lock (_lock)
            {
                while (_queue.Count == 0 && !_closing)
                {
                    Monitor.Wait(_lock);
                }

                if (_queue.Count == 0)
                {
                    break;
                }

                frame = _queue.Dequeue();
                last = _queue.Count == 0;
                _queuedBytes -= frame.Length;
                Monitor.PulseAll(_lock);
                if (_failure is not null)
                {
                    continue; // Dropped: nothing after a failure is sent.
                }
            }

            try
            {
                _input.Write(frame);
                if (last)
                {
                    _input.Flush();
                }
            }
            catch (IOException)
            {
                // The process stopped reading (it exited or was killed); the reader reports why.
                lock (_lock)
                {
                    _queue.Clear();
                    _queuedBytes = 0;
                    Monitor.PulseAll(_lock);
                }
            }
        }

        try
        {
            _input.Dispose();
        }
        catch (IOException)
        {
            // Closing a pipe whose reader is gone.
        }
    }

    private void ReadAnswers()
    {
        var output = _process.StandardOutput.BaseStream;
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        int read;
        while ((read = output.Read(buffer)) > 0)
        {
            var span = buffer.AsSpan(0, read);
            int comma;
            while ((comma = span.IndexOf(PagefindMessages.Separator)) >= 0)
            {
                message.Write(span[..comma]);
                Receive(message.GetBuffer().AsSpan(0, (int)message.Length));
                message.SetLength(0);
                span = span[(comma + 1)..];
            }

            message.Write(span);
        }

        // End of output: the process has exited (or closed its output, which comes to the same).
        _process.WaitForExit(TimeSpan.FromSeconds(5));
        lock (_lock)
        {
            if (_pending.Count == 0 && _closing)
            {
                return;
            }
        }

        var code = _process.HasExited ? _process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unknown";
        Fail(DiagnosticCodes.SearchServiceStopped.At(Where, code, LastErrorLine()));
    }

    private void Receive(ReadOnlySpan<byte> message)
    {
        if (PagefindMessages.Parse(message, out var problem) is not { } answer)
        {
            Fail(DiagnosticCodes.SearchServiceGarbled.At(Where, problem));
            Kill();
            return;
        }

        Pending? pending;
        lock (_lock)
        {
            _lastHeard = _clock.Elapsed;
            if (answer.MessageId is not { } id || !_pending.Remove(id, out pending))
            {
                pending = null;
            }
        }

        if (pending is null)
        {
            // An error about a message Pagefind could not read has no id; an answer to no request is outside the protocol.
            var detail = answer.IsError ? answer.Text("message") ?? "(no message)" : $"an answer of type {answer.Type} to no request";
            Fail(DiagnosticCodes.SearchServiceGarbled.At(Where, detail));
            Kill();
        }
        else if (answer.IsError)
        {
            Fail(DiagnosticCodes.SearchServiceRefused.At(Where, pending.What, answer.Text("message") ?? "(no message)"));
            pending.Answer?.TrySetException(new PagefindServiceException(Failure!));
        }
        else
        {
            pending.Answer?.TrySetResult(answer);
        }
    }

    private void CheckPatience()
    {
        string? what = null;
        lock (_lock)
        {
            if (_failure is null && _pending.Count > 0 && _clock.Elapsed - _lastHeard > Patience)
            {
                what = _pending.Values.First().What;
            }
        }

        if (what is not null)
        {
            Fail(DiagnosticCodes.SearchServiceTimeout.At(Where, Math.Round(Patience.TotalSeconds, 1), what));
            Kill();
        }
    }

    /// <summary>Keeps the first failure and faults every request still waiting; with null, only releases the waiters.</summary>
    private void Fail(Diagnostic? failure)
    {
        List<Pending> waiting;
        Diagnostic? reason;
        lock (_lock)
        {
            _failure ??= failure;
            reason = _failure;
            waiting = [.. _pending.Values];
            _pending.Clear();
            Monitor.PulseAll(_lock);
        }

        var error = new PagefindServiceException(reason ?? Closed);
        foreach (var request in waiting)
        {
            request.Answer?.TrySetException(error);
        }
    }

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private void KeepErrorLine(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        lock (_errorLines)
        {
            _errorLines.Enqueue(line.Trim());
            if (_errorLines.Count > 5)
            {
                _errorLines.Dequeue();
            }
        }
    }

    private string LastErrorLine()
    {
        // Standard error is read on its own thread: after the exit, the parameterless wait lets its last lines arrive.
        if (_process.WaitForExit(TimeSpan.FromSeconds(5)))
        {
            _process.WaitForExit();
        }

        lock (_errorLines)
        {
            return _errorLines.Count == 0 ? "it printed nothing on standard error" : _errorLines.Last();
        }
    }

    private sealed record Pending(string What, TaskCompletionSource<PagefindResponse>? Answer);
}

/// <summary>A request that got no answer because the service failed; carries the failure's diagnostic.</summary>
internal sealed class PagefindServiceException(Diagnostic failure) : Exception(failure.Message)
{
    public Diagnostic Failure { get; } = failure;
}
