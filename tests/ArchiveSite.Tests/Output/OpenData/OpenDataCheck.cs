using System.Diagnostics;
using System.Text.Json;

namespace ArchiveSite.Tests.Output.OpenData;

/// <summary>Runs check-open-data.cjs (Frictionless' datapackage library and Ajv, pinned in package.json) over a built
/// site's data/ folder and returns its report.</summary>
public static class OpenDataCheck
{
    public static string ScriptPath => Path.Combine(RepositoryPaths.Root, "tests", "ArchiveSite.Tests", "Output", "OpenData", "check-open-data.cjs");

    /// <summary>The report: <c>package</c> (valid, errors, resources with headers, fields, rows, errors) and <c>json</c> (valid, errors).</summary>
    public static JsonElement Run(string dataFolder)
    {
        foreach (var module in new[] { "datapackage", "ajv", "ajv-formats" })
        {
            if (!Directory.Exists(Path.Combine(RepositoryPaths.Root, "node_modules", module)))
            {
                throw new InvalidOperationException($"node_modules/{module} is missing: run `npm ci` at the repository root.");
            }
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
        start.ArgumentList.Add(ScriptPath);
        start.ArgumentList.Add(dataFolder);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("check-open-data.cjs did not finish");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"check-open-data.cjs failed ({process.ExitCode}): {stderr.Result}");
        }

        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    /// <summary>Every problem the report names, one per line, or an empty string.</summary>
    public static string Problems(JsonElement report)
    {
        var lines = new List<string>();
        lines.AddRange(report.GetProperty("package").GetProperty("errors").EnumerateArray().Select(e => "datapackage.json: " + e.GetString()));
        foreach (var resource in report.GetProperty("package").GetProperty("resources").EnumerateArray())
        {
            lines.AddRange(resource.GetProperty("errors").EnumerateArray().Select(e => $"{resource.GetProperty("path").GetString()}: {e.GetString()}"));
        }

        lines.AddRange(report.GetProperty("json").GetProperty("errors").EnumerateArray().Select(e => "digests.json: " + e.GetString()));
        foreach (var year in report.GetProperty("years").EnumerateArray())
        {
            lines.AddRange(year.GetProperty("errors").EnumerateArray().Select(e => $"{year.GetProperty("folder").GetString()}/digests.json: {e.GetString()}"));
        }
        return string.Join('\n', lines);
    }
}
