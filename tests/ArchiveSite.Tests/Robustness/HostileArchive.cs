using System.Diagnostics;
using System.Text;

namespace ArchiveSite.Tests.Robustness;

/// <summary>A temp copy of the tiny valid archive in tests/hostile/archive with one hostile case dropped in, and an
/// output folder from an earlier build holding a sentinel file that a failed build must leave where it is.</summary>
public sealed class HostileArchive : IDisposable
{
    public const string Sentinel = "sentinel.txt";
    public const string MarkerText = "Built by ArchiveSite; the next build replaces this folder.\n";
    public const string SentinelText = "left by an earlier build; a failed build must not touch it\n";

    private readonly TempFolder _temp = new();

    public HostileArchive(HostileCase hostile)
    {
        Input = _temp.CopyFrom(Path.Combine(HostileCase.CorpusFolder, "archive"), "input");
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, ".archivesite-output"), MarkerText);
        File.WriteAllText(Path.Combine(Output, Sentinel), SentinelText);
        foreach (var dataFile in new[] { "site.yml", "tags.yml", "entities.yml" })
        {
            if (hostile.Replacement(dataFile) is { } bytes)
            {
                File.WriteAllBytes(Path.Combine(Input, dataFile), bytes);
            }
        }

        var digest = hostile.Digest;
        var digestPath = Path.Combine(Input, "digests", "2024", hostile.Name + ".md");
        foreach (var (verb, argument) in hostile.Setup)
        {
            switch (verb)
            {
                case "name":
                    digestPath = InInput(argument);
                    break;
                case "outside":
                    digestPath = _temp.Combine("outside", PrintedText.Unescape(argument));
                    break;
                case "copy":
                    Write(InInput(argument), digest!);
                    break;
                case "append-line":
                    digest = [.. digest!, .. Encoding.UTF8.GetBytes(new string('a', int.Parse(argument)) + "\n")];
                    break;
                case "append-lines":
                    var count = int.Parse(argument.Split(' ', 2)[0]);
                    digest = [.. digest!, .. Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(argument.Split(' ', 2)[1] + "\n", count)))];
                    break;
                case "fifo":
                    MakeFifo(InInput(argument));
                    break;
                case "symlink":
                    var (link, target) = argument.Split(" -> ") is [var l, var t] ? (l, t) : throw new FormatException(argument);
                    Directory.CreateDirectory(Path.GetDirectoryName(InInput(link))!);
                    File.CreateSymbolicLink(InInput(link), PrintedText.Unescape(target));
                    break;
                case "output":
                    OutputArgument = PrintedText.Unescape(argument.Trim('"'));
                    break;
                case "env":
                    Environment[argument.Split('=', 2)[0]] = argument.Split('=', 2)[1];
                    break;
                default:
                    throw new FormatException($"{hostile.Name}.setup: unknown directive '{verb}'");
            }
        }

        if (digest is not null)
        {
            Write(digestPath, digest);
        }
    }

    /// <summary>The folder the CLI runs in: input/, output/ and outside/ are below it, so printed paths are relative.</summary>
    public string Root => _temp.Path;

    public string Input { get; }

    public string Output => _temp.Combine("output");

    /// <summary>The --output value the build is given ("output" unless the case sets one).</summary>
    public string OutputArgument { get; } = "output";

    public Dictionary<string, string> Environment { get; } = [];

    /// <summary>True when the case needs mkfifo and this machine has none.</summary>
    public bool MissingTool { get; private set; }

    public void Dispose() => _temp.Dispose();

    private string InInput(string relative) => Path.Combine(Input, PrintedText.Unescape(relative));

    private static void Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private void MakeFifo(string path)
    {
        try
        {
            using var mkfifo = Process.Start("mkfifo", [path]);
            mkfifo.WaitForExit();
            MissingTool = mkfifo.ExitCode != 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            MissingTool = true;
        }
    }
}
