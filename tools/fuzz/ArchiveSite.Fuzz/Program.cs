using System.Text;
using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using SharpFuzz;

namespace ArchiveSite.Fuzz;

/// <summary>The afl++ target: one input, read as a digest, as tags.yml and as entities.yml; any exception is a crash.</summary>
/// <remarks>
/// The readers' contract (DESIGN.md, "Any exception while reading a file is a located diagnostic") is that they return
/// diagnostics for every input, so nothing is caught here: an exception that escapes is exactly what afl should report.
/// Run it through tools/fuzz/run.sh, which instruments ArchiveSite.Core, YamlDotNet and Markdig first.
/// </remarks>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--explain"])
        {
            // Outside afl: one input on stdin, and a one-paragraph verdict for run.sh's crash summary.
            Fuzzer.Run(Explain);
            return;
        }

        // Out of process: a stack overflow or a hang kills only the child, and afl records it instead of losing the server.
        Fuzzer.OutOfProcess.Run(Read);
    }

    /// <summary>Decodes the bytes as File.ReadAllText does (BOM-aware UTF-8, invalid bytes replaced) and runs every reader.</summary>
    public static void Read(Stream input)
    {
        string text;
        using (var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true))
        {
            text = reader.ReadToEnd();
        }

        var diagnostics = new DiagnosticBag();
        DigestReader.Read(text, "digests/2024/fuzz.md", "input/digests/2024/fuzz.md", diagnostics);
        TagReader.Read(text, "input/tags.yml", diagnostics);
        EntityReader.Read(text, "input/entities.yml", diagnostics);
        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            // A diagnostic must point into the file: line 1, column 1 at least (issue 10, "one boundary").
            if (diagnostic.Location.Line < 1 || diagnostic.Location.Column < 1)
            {
                throw new InvalidOperationException("diagnostic outside the file: " + diagnostic);
            }
        }
    }

    private static void Explain(Stream input)
    {
        try
        {
            Read(input);
            Console.WriteLine("no exception");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.WriteLine($"{e.GetType().FullName}: {e.Message}");
            foreach (var frame in (e.StackTrace ?? "").Split('\n').Take(6))
            {
                Console.WriteLine(frame.TrimEnd());
            }

            Environment.ExitCode = 1;
        }
    }
}
