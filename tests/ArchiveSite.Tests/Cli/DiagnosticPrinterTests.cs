using ArchiveSite.Cli;
using ArchiveSite.Diagnostics;
using ArchiveSite.Tests.Contributing;
using Spectre.Console;

namespace ArchiveSite.Tests.Cli;

public class DiagnosticPrinterTests
{
    [Fact]
    public void Given_a_misspelt_tag_When_annotated_Then_GitHub_gets_an_error_on_the_exact_line_and_column_with_the_suggestion()
    {
        using var archive = new PullRequestArchive("misspelt-tag");
        var diagnostic = Assert.Single(archive.Check().Diagnostics);

        var annotation = DiagnosticPrinter.Annotation(diagnostic, workspace: archive.Root);

        Assert.Equal(
            "::error file=input/digests/2025/misspelt-tag.md,line=6,col=8,title=AS0201::unknown tag 'artist-right'; did you mean 'artist-rights'?",
            annotation);
    }

    [Fact]
    public void Given_a_warning_When_annotated_Then_it_is_a_warning_annotation()
    {
        using var archive = new PullRequestArchive("entity-alias");
        var diagnostic = Assert.Single(archive.Check().Diagnostics);

        var annotation = DiagnosticPrinter.Annotation(diagnostic, workspace: archive.Root);

        Assert.StartsWith("::warning file=input/digests/2025/entity-alias.md,line=7,col=20,title=AS0207::", annotation, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_text_that_looks_like_workflow_syntax_When_annotated_Then_it_is_escaped_as_actions_core_does()
    {
        var diagnostic = new Diagnostic("AS0102", Severity.Error, "100% broken\nsecond line", new SourceLocation("input/a,b:c.md", 2, 3));

        var annotation = DiagnosticPrinter.Annotation(diagnostic, workspace: null);

        // One line, so the rest of the message cannot become a second workflow command.
        Assert.Equal("::error file=input/a%2Cb%3Ac.md,line=2,col=3,title=AS0102::100%25 broken%0Asecond line", annotation);
    }

    [Fact]
    public void Given_a_file_outside_the_workspace_When_annotated_Then_its_path_is_left_as_printed()
    {
        var diagnostic = new Diagnostic("AS0119", Severity.Error, "required file is missing: site.yml", new SourceLocation("/elsewhere/input/site.yml", 1, 1));

        Assert.StartsWith("::error file=/elsewhere/input/site.yml,", DiagnosticPrinter.Annotation(diagnostic, workspace: "/work/repo"), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_file_name_carrying_workflow_commands_When_printed_in_Actions_Then_each_diagnostic_is_one_plain_line_and_one_annotation()
    {
        // Defect 5 of issue 10: a newline in the name split the line, and the second half ran as a workflow command.
        var diagnostic = new Diagnostic("AS0100", Severity.Error, "bad\n::add-mask::x", new SourceLocation("input/evil\n::stop-commands::pwned.md", 1, 1));
        using var output = new StringWriter { NewLine = "\n" };

        DiagnosticPrinter.Print([diagnostic], new PrintTarget(output, Annotate: true));

        Assert.Equal(
            [
                @"input/evil\n::stop-commands::pwned.md:1:1: error AS0100: bad\n::add-mask::x",
                "::error file=input/evil%0A%3A%3Astop-commands%3A%3Apwned.md,line=1,col=1,title=AS0100::bad%0A::add-mask::x",
            ],
            output.ToString().TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Given_a_terminal_narrower_than_the_line_When_printed_in_colour_Then_the_line_is_not_wrapped_and_markup_is_not_parsed()
    {
        var diagnostic = new Diagnostic("AS0201", Severity.Error, "unknown tag '[red]x[/]'; did you mean 'artist-rights'?", new SourceLocation("input/digests/2025/a-long-file-name.md", 6, 8));
        using var output = new StringWriter { NewLine = "\n" };
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.Standard, Out = new AnsiConsoleOutput(output) });
        terminal.Profile.Width = 20;

        DiagnosticPrinter.Print([diagnostic], new PrintTarget(output, terminal));

        Assert.Equal("\u001b[91minput/digests/2025/a-long-file-name.md:6:8: error AS0201: unknown tag '[red]x[/]'; did you mean 'artist-rights'?\u001b[0m\n", output.ToString());
    }
}
