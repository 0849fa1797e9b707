using System.Diagnostics;
using ArchiveSite.Diagnostics;
using ArchiveSite.Search;

namespace ArchiveSite.Tests.Search;

/// <summary>Tests that change process-wide environment variables (PATH, PAGEFIND_BINARY_PATH), so nothing runs beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironment
{
    public const string Name = "process environment";
}

/// <summary>Without Pagefind or Node, a search build stops with one line saying what to install; --no-search builds anyway.</summary>
[Collection(ProcessEnvironment.Name)]
public sealed class MissingToolsTests
{
    [Fact]
    public void Given_PAGEFIND_BINARY_PATH_points_nowhere_When_building_with_search_Then_one_error_names_it_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var missing = temp.Combine("no-such-pagefind");
        using var _ = new EnvironmentVariable(PagefindLocator.BinaryVariable, missing);

        var result = SiteBuilds.Build(RepositoryPaths.Input, temp.Combine("site"), search: true);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.PagefindPathMissing.Id, error.Code);
        Assert.Contains(missing, error.Message);
        Assert.Contains("--no-search", error.Message);
        Assert.False(Directory.Exists(temp.Combine("site")));
    }

    [Fact]
    public void Given_PAGEFIND_BINARY_PATH_points_nowhere_When_building_with_no_search_Then_the_site_builds_without_an_index()
    {
        using var temp = new TempFolder();
        using var _ = new EnvironmentVariable(PagefindLocator.BinaryVariable, temp.Combine("no-such-pagefind"));

        var result = SiteBuilds.Build(RepositoryPaths.Input, temp.Combine("site"), search: false);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.True(File.Exists(temp.Combine("site", "index.html")));
        Assert.False(Directory.Exists(temp.Combine("site", "pagefind")));
    }

    [Fact]
    public void Given_no_node_modules_and_no_npm_on_the_path_When_pagefind_is_looked_up_Then_one_error_says_to_install_node()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("package.json"), """{ "devDependencies": { "pagefind": "1.6.0" } }""");
        Directory.CreateDirectory(temp.Combine("empty-bin"));
        using var noBinary = new EnvironmentVariable(PagefindLocator.BinaryVariable, null);
        using var noNpm = new EnvironmentVariable("PATH", temp.Combine("empty-bin"));
        var diagnostics = new DiagnosticBag();

        var binary = PagefindLocator.Find([temp.Path], diagnostics);

        Assert.Null(binary);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.NodeMissing.Id, error.Code);
        Assert.Contains("apt-get install nodejs npm", error.Message);
    }

    [Fact]
    public async Task Given_PAGEFIND_BINARY_PATH_points_nowhere_When_the_build_command_runs_Then_it_prints_one_error_line_and_exits_1()
    {
        using var temp = new TempFolder();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { typeof(ArchiveSite.Cli.DiagnosticPrinter).Assembly.Location, "build", "--output", temp.Combine("site") },
            Environment = { [PagefindLocator.BinaryVariable] = temp.Combine("no-such-pagefind"), ["CI"] = "true" },
        };

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("package.json:1:1: error AS0310: PAGEFIND_BINARY_PATH is set to", line);
    }

    /// <summary>Sets an environment variable for one test and puts the old value back afterwards.</summary>
    internal sealed class EnvironmentVariable : IDisposable
    {
        private readonly string _name;
        private readonly string? _old;

        public EnvironmentVariable(string name, string? value)
        {
            _name = name;
            _old = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, value);
        }

        public void Dispose() => Environment.SetEnvironmentVariable(_name, _old);
    }
}
