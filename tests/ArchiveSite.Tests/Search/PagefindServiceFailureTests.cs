using ArchiveSite.Diagnostics;
using ArchiveSite.Search;

namespace ArchiveSite.Tests.Search;

/// <summary>A Pagefind that exits, prints garbage, refuses or goes silent: one located diagnostic each time, never a hang
/// or a stack trace, and a build that fails leaves no output folder. Fake binaries are shell scripts.</summary>
[Collection(ProcessEnvironment.Name)]
public sealed class PagefindServiceFailureTests
{
    [Fact]
    public void Given_a_Pagefind_that_exits_at_once_When_building_with_search_Then_one_error_gives_its_exit_code_and_last_words_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var fake = FakeBinary(temp, "echo 'pagefind: out of luck' >&2\nexit 3");
        using var _ = new MissingToolsTests.EnvironmentVariable(PagefindLocator.BinaryVariable, fake);

        var result = SiteBuilds.Build(RepositoryPaths.Input, temp.Combine("site"), search: true);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.SearchServiceStopped.Id, error.Code);
        Assert.Equal(SourceLocation.StartOf("package.json"), error.Location);
        Assert.Contains("exit code 3", error.Message);
        Assert.Contains("pagefind: out of luck", error.Message);
        Assert.False(Directory.Exists(temp.Combine("site")));
    }

    [Fact]
    public void Given_a_Pagefind_that_answers_with_garbage_When_a_request_is_sent_Then_the_service_fails_outside_its_protocol_without_waiting()
    {
        using var temp = new TempFolder();
        using var service = Start(FakeBinary(temp, "printf 'this is not base64!,'\nexec sleep 600"), TimeSpan.FromMinutes(5));

        var answer = PagefindService.Wait(service.Request("NewIndex", _ => { }, "creating the index"));

        Assert.Null(answer);
        Assert.Equal(DiagnosticCodes.SearchServiceGarbled.Id, service.Failure?.Code);
        Assert.Contains("this is not base64!", service.Failure?.Message);
    }

    [Fact]
    public void Given_a_Pagefind_that_refuses_a_request_When_it_answers_with_an_error_Then_the_failure_names_the_request_and_quotes_Pagefind()
    {
        using var temp = new TempFolder();
        var error = Convert.ToBase64String("""{"message_id":1,"payload":{"type":"Error","original_message":null,"message":"Invalid config supplied"}}"""u8.ToArray());
        using var service = Start(FakeBinary(temp, $"head -c 1 >/dev/null\nprintf '{error},'\nexec sleep 600"), TimeSpan.FromMinutes(5));

        var answer = PagefindService.Wait(service.Request("NewIndex", _ => { }, "creating the index"));

        Assert.Null(answer);
        Assert.Equal(DiagnosticCodes.SearchServiceRefused.Id, service.Failure?.Code);
        Assert.Equal("Pagefind's service failed while creating the index: Invalid config supplied", service.Failure?.Message);
    }

    [Fact]
    public void Given_a_Pagefind_that_never_answers_When_its_patience_runs_out_Then_it_is_stopped_and_every_request_ends()
    {
        using var temp = new TempFolder();
        using var service = Start(FakeBinary(temp, "exec sleep 600"), TimeSpan.FromSeconds(1));

        var first = service.Request("NewIndex", _ => { }, "creating the index");
        var second = service.Request("WriteFiles", _ => { }, "writing the index");

        Assert.Null(PagefindService.Wait(first));
        Assert.Null(PagefindService.Wait(second));
        Assert.Equal(DiagnosticCodes.SearchServiceTimeout.Id, service.Failure?.Code);
        Assert.Contains("while creating the index", service.Failure?.Message);
    }

    [Fact]
    public void Given_a_binary_that_cannot_run_When_the_service_starts_Then_the_failure_names_it()
    {
        using var temp = new TempFolder();
        var notExecutable = temp.Combine("pagefind_extended");
        File.WriteAllText(notExecutable, "not a program");

        var service = PagefindService.Start(notExecutable, TimeSpan.FromSeconds(1), out var failure);

        Assert.Null(service);
        Assert.Equal(DiagnosticCodes.SearchServiceNotStarted.Id, failure?.Code);
        Assert.Contains(notExecutable, failure?.Message);
    }

    private static PagefindService Start(string binary, TimeSpan patience) =>
        PagefindService.Start(binary, patience, out var failure) ?? throw new InvalidOperationException(failure?.Message);

    private static string FakeBinary(TempFolder temp, string script)
    {
        var path = temp.Combine("pagefind_extended");
        Assert.SkipWhen(OperatingSystem.IsWindows(), "the fake Pagefind is a shell script");
        File.WriteAllText(path, "#!/bin/sh\n" + script + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return path;
    }
}
