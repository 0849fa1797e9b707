using System.Runtime.InteropServices;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Search;

/// <summary>Finds the Pagefind binary that package.json pins, installing node_modules with npm when they are missing.</summary>
internal static class PagefindLocator
{
    /// <summary>Set to a pagefind_extended binary to use it instead of node_modules (also Pagefind's own variable).</summary>
    public const string BinaryVariable = "PAGEFIND_BINARY_PATH";

    private static readonly Lock InstallLock = new();

    /// <summary>
    /// The binary's path; or null, with one diagnostic saying what to install. The first of <paramref name="startFolders"/>
    /// with a package.json that pins pagefind at or above it is used (the working folder, then the tool's own).
    /// </summary>
    public static string? Find(IReadOnlyList<string> startFolders, DiagnosticBag diagnostics, Action<string>? log = null)
    {
        var where = SourceLocation.StartOf("package.json");
        if (Environment.GetEnvironmentVariable(BinaryVariable) is { Length: > 0 } configured)
        {
            if (File.Exists(configured))
            {
                return configured;
            }

            diagnostics.Add(DiagnosticCodes.PagefindPathMissing, where, configured);
            return null;
        }

        var project = startFolders.Select(FindPackageJson).FirstOrDefault(p => p is not null);
        if (project is null)
        {
            diagnostics.Add(DiagnosticCodes.NoPackageJson, where, startFolders.Count > 0 ? startFolders[0] : ".");
            return null;
        }

        var binary = BinaryIn(project);
        if (File.Exists(binary))
        {
            return binary;
        }

        // Two builds in one process (tests, serve) must not run `npm ci` over each other's node_modules.
        lock (InstallLock)
        {
            return File.Exists(binary) ? binary : Install(project, binary, diagnostics, where, log);
        }
    }

    private static string? Install(string project, string binary, DiagnosticBag diagnostics, SourceLocation where, Action<string>? log)
    {
        log?.Invoke("Installing Pagefind (npm ci) in " + project);
        var lockFile = File.Exists(Path.Combine(project, "package-lock.json"));
        string[] install = [lockFile ? "ci" : "install", "--no-audit", "--no-fund", "--loglevel=error"];
        if (!ProcessRunner.TryRun("npm", install, project, TimeSpan.FromMinutes(5), out var output))
        {
            // npm itself missing, or npm present but the node it runs on missing ("env: 'node': No such file or directory").
            if (output.Contains("not found", StringComparison.OrdinalIgnoreCase) || output.Contains("No such file", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(DiagnosticCodes.NodeMissing, where);
            }
            else
            {
                diagnostics.Add(DiagnosticCodes.NpmFailed, where, LastLine(output));
            }

            return null;
        }

        if (File.Exists(binary))
        {
            return binary;
        }

        // npm succeeded without the platform package: installed with --omit=optional, or no build for this platform.
        diagnostics.Add(DiagnosticCodes.NpmFailed, where, $"it finished, but {binary} is missing");
        return null;
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> whose package.json depends on pagefind.</summary>
    public static string? FindPackageJson(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "package.json");
            if (File.Exists(file) && File.ReadAllText(file).Contains("\"pagefind\"", StringComparison.Ordinal))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string BinaryIn(string project)
    {
        var os = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "windows" : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "darwin" : "linux";
        var arch = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64";
        var exe = os == "windows" ? "pagefind_extended.exe" : "pagefind_extended";
        return Path.Combine(project, "node_modules", "@pagefind", $"{os}-{arch}", "bin", exe);
    }

    internal static string LastLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "(no output)";
}
