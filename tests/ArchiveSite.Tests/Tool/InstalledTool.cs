using System.Diagnostics;
using System.Xml.Linq;

namespace ArchiveSite.Tests.Tool;

/// <summary>The tool as a user gets it: <c>dotnet pack</c> of src/ArchiveSite, then <c>dotnet tool install --tool-path</c>
/// from that folder, done once for all the tests that share it (packing takes a minute or two).</summary>
/// <remarks>Everything goes to a temporary folder: the pack builds with its own --artifacts-path, so it never writes into
/// the bin/ and obj/ folders the test run itself uses, and the install reads a nuget.config that lists only the packed
/// folder and a package cache of its own.</remarks>
public sealed class InstalledTool : IDisposable
{
    private readonly TempFolder _temp = new();

    public InstalledTool()
    {
        Version = XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", "ArchiveSite", "ArchiveSite.csproj")).Descendants("Version").Single().Value;
        Packages = _temp.Combine("nupkg");
        Dotnet(RepositoryPaths.Root, "pack", Path.Combine(RepositoryPaths.Root, "src", "ArchiveSite"), "-c", "Release", "-o", Packages,
            "--artifacts-path", _temp.Combine("artifacts"), "-v", "q", "-nologo");
        File.WriteAllText(_temp.Combine("nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{Packages}" />
              </packageSources>
            </configuration>
            """);
        Dotnet(_temp.Path, "tool", "install", "ArchiveSite", "--tool-path", _temp.Combine("tools"), "--configfile", _temp.Combine("nuget.config"), "--version", Version);
        Command = _temp.Combine("tools", OperatingSystem.IsWindows() ? "archivesite.exe" : "archivesite");
    }

    /// <summary>The package version, as src/ArchiveSite/ArchiveSite.csproj sets it.</summary>
    public string Version { get; }

    /// <summary>The folder dotnet pack wrote the .nupkg into.</summary>
    public string Packages { get; }

    /// <summary>The installed <c>archivesite</c> command.</summary>
    public string Command { get; }

    /// <summary>Runs the installed command in <paramref name="workingFolder"/>.</summary>
    public Outcome Run(string workingFolder, params string[] arguments) => Run(workingFolder, new Dictionary<string, string>(), arguments);

    public Outcome Run(string workingFolder, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = Start(Command, workingFolder, arguments);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Wait(start, TimeSpan.FromMinutes(3));
    }

    public void Dispose() => _temp.Dispose();

    private void Dotnet(string workingFolder, params string[] arguments)
    {
        var start = Start(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", workingFolder, arguments);
        start.Environment["NUGET_PACKAGES"] = _temp.Combine("packages-cache");
        var outcome = Wait(start, TimeSpan.FromMinutes(10));
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed ({outcome.ExitCode}):\n{outcome.Stdout}\n{outcome.Stderr}");
        }
    }

    private static ProcessStartInfo Start(string file, string workingFolder, string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // As a user's shell: not a GitHub Actions step, whatever runs the tests.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("GITHUB_", StringComparison.Ordinal) || k == "ARCHIVESITE_ANNOTATIONS").ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment.Remove("PAGEFIND_BINARY_PATH");

        // The installed command's launcher finds the runtime the tests run on.
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host)
        {
            start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(host);
        }

        return start;
    }

    private static Outcome Wait(ProcessStartInfo start, TimeSpan limit)
    {
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish in {limit}");
        }

        return new Outcome(process.ExitCode, stdout, stderr.Result);
    }

    public sealed record Outcome(int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit {ExitCode}\n{Stdout}\n{Stderr}";
    }
}
