using System.Runtime.InteropServices;

namespace ArchiveSite.Search;

/// <summary>Finds the Pagefind binary that package.json pins, installing node_modules with npm when they are missing.</summary>
public static class PagefindLocator
{
    /// <summary>Set to a pagefind_extended binary to use it instead of node_modules (also Pagefind's own variable).</summary>
    public const string BinaryVariable = "PAGEFIND_BINARY_PATH";

    /// <summary>The binary's path, or null with a one-line reason saying what to install.</summary>
    public static string? Find(string startFolder, out string? problem, Action<string>? log = null)
    {
        problem = null;
        if (Environment.GetEnvironmentVariable(BinaryVariable) is { Length: > 0 } configured)
        {
            if (File.Exists(configured))
            {
                return configured;
            }

            problem = $"{BinaryVariable} is set to '{configured}', which does not exist";
            return null;
        }

        var project = FindPackageJson(startFolder);
        if (project is null)
        {
            problem = "no package.json pinning pagefind was found above " + startFolder + "; run from the repository, or build with --no-search";
            return null;
        }

        var binary = BinaryIn(project);
        if (File.Exists(binary))
        {
            return binary;
        }

        log?.Invoke("Installing Pagefind (npm ci) in " + project);
        var lockFile = File.Exists(Path.Combine(project, "package-lock.json"));
        if (!ProcessRunner.TryRun("npm", lockFile ? ["ci", "--no-audit", "--no-fund"] : ["install", "--no-audit", "--no-fund"], project, TimeSpan.FromMinutes(5), out var output))
        {
            problem = output.Contains("not found", StringComparison.OrdinalIgnoreCase) || output.Contains("No such file", StringComparison.OrdinalIgnoreCase)
                ? "search needs Node.js and npm to install Pagefind: install them (e.g. apt-get install nodejs npm), or build with --no-search"
                : "npm could not install Pagefind: " + LastLine(output) + "; or build with --no-search";
            return null;
        }

        if (File.Exists(binary))
        {
            return binary;
        }

        problem = $"npm finished but {binary} is missing; is pagefind in package.json (and not installed with --omit=optional)?";
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
