using System.Text.RegularExpressions;
using ArchiveSite.Cli;
using ArchiveSite.Cli.Serve;
using ArchiveSite.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using HtmlAgilityPack;
using Microsoft.FSharp.Core;
using Spectre.Console;

namespace ArchiveSite.Tests.Cli;

/// <summary>For random paths and messages, every way the tool prints a diagnostic keeps it on one line, and no line it
/// prints can be read as a workflow command except the annotations it makes itself.</summary>
public partial class PrinterPropertyTests
{
    // A fixed seed and a bounded count: CI runs the same cases every time; change the seed to explore.
    private static readonly Config Cases = Config.QuickThrowOnFailure
        .WithMaxTest(300)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20241126UL, 7UL), FSharpOption<int>.None)));

    private static readonly Arbitrary<Diagnostic[]> Diagnostics =
        Gen.Zip(
                Gen.Zip(HostileText.Strings, HostileText.Strings, (path, message) => (path, message)),
                Gen.Elements(Severity.Error, Severity.Warning),
                (text, severity) => new Diagnostic("AS0102", severity, text.message, new SourceLocation(text.path, 3, 7)))
            .NonEmptyListOf()
            .Select(list => list.Take(4).ToArray())
            .ToArbitrary();

    [Fact]
    public void Plain_lines_are_one_per_diagnostic() => Check(diagnostics =>
    {
        var lines = Lines(Print(diagnostics, writer => new PrintTarget(writer)));

        Assert.Equal(diagnostics.Length, lines.Count);
        AssertNoWorkflowCommand(lines);
    });

    [Fact]
    public void Coloured_terminal_lines_are_one_per_diagnostic_and_carry_only_the_printers_own_escape_sequences() => Check(diagnostics =>
    {
        var output = Print(diagnostics, writer =>
        {
            var terminal = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.Yes,
                ColorSystem = ColorSystemSupport.Standard,
                Interactive = InteractionSupport.No,
                Out = new AnsiConsoleOutput(writer),
            });
            terminal.Profile.Width = 24; // Narrow, so a printer that wraps long lines is caught.
            return new PrintTarget(writer, terminal);
        });

        var lines = Lines(output);
        Assert.Equal(diagnostics.Length, lines.Count);
        AssertNoWorkflowCommand(lines);
        Assert.DoesNotContain(lines, line => Sgr().Replace(line, "").Any(char.IsControl));
    });

    [Fact]
    public void Annotations_are_one_per_diagnostic_after_the_plain_lines_and_carry_no_property_of_their_own() => Check(diagnostics =>
    {
        var lines = Lines(Print(diagnostics, writer => new PrintTarget(writer, Annotate: true)));

        Assert.Equal(2 * diagnostics.Length, lines.Count);
        AssertNoWorkflowCommand(lines[..diagnostics.Length]);
        Assert.All(lines[diagnostics.Length..], line => Assert.Matches(Annotation(), line));
    });

    [Fact]
    public void Step_summary_rows_are_one_per_diagnostic() => Check(diagnostics =>
    {
        var result = new BuildResult(diagnostics, []);
        var markdown = StepSummary.Render(result, new BuildOptions(InputFolder: diagnostics[0].Location.Path), changes: null);

        var lines = Lines(markdown);
        Assert.Equal(diagnostics.Length, lines.Count(l => l.StartsWith("| error |", StringComparison.Ordinal) || l.StartsWith("| warning |", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, line => line.Any(char.IsControl));
    });

    [Fact]
    public void Serve_log_lines_are_one_per_diagnostic() => Check(diagnostics =>
    {
        using var writer = new StringWriter();
        var update = new BuildResult(diagnostics, []) { Changed = [diagnostics[0].Location.Path] };

        new UpdateLog(writer).Updated(update, sameDiagnostics: false, initial: false, first: null);

        var lines = Lines(writer.ToString());
        Assert.Equal(1 + diagnostics.Length + (update.Succeeded ? 0 : 1), lines.Count);
        AssertNoWorkflowCommand(lines);
    });

    [Fact]
    public void Error_page_items_are_one_line_per_diagnostic_and_hold_no_control_character() => Check(diagnostics =>
    {
        var page = ErrorPage.Render(diagnostics);

        var html = new HtmlDocument();
        html.LoadHtml(page);
        Assert.Equal(diagnostics.Length, html.DocumentNode.SelectNodes("//ol[@class='diagnostics']/li")?.Count ?? 0);
        Assert.Equal(diagnostics.Length, Lines(page).Count(l => l.StartsWith("<li ", StringComparison.Ordinal) && l.EndsWith("</li>", StringComparison.Ordinal)));
        Assert.DoesNotContain(page, c => char.IsControl(c) && c != '\n');
    });

    private static void Check(Action<Diagnostic[]> property) => Prop.ForAll(Diagnostics, property).Check(Cases);

    private static string Print(Diagnostic[] diagnostics, Func<StringWriter, PrintTarget> target)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        DiagnosticPrinter.Print(diagnostics, target(writer));
        return writer.ToString();
    }

    // Only '\n' ends a line here: a stray '\r', U+2028 or U+0085 left in a line fails the checks on its content.
    private static List<string> Lines(string output) => [.. output.TrimEnd('\n').Split('\n')];

    private static void AssertNoWorkflowCommand(IEnumerable<string> lines) =>
        Assert.All(lines, line =>
        {
            Assert.False(line.TrimStart().StartsWith("::", StringComparison.Ordinal), line);
            Assert.DoesNotContain("##[", line, StringComparison.Ordinal);
            Assert.DoesNotContain(line, c => char.IsControl(c) && c != '\u001b');
        });

    [GeneratedRegex(@"\u001b\[[0-9;]*m")]
    private static partial Regex Sgr();

    // Properties cannot hold ':' or ',' (they are percent-encoded), so a file name cannot add a property or end the command early.
    [GeneratedRegex(@"^::(error|warning) file=[^:,]*,line=3,col=7,title=AS0102::[^\r\n]*$")]
    private static partial Regex Annotation();
}
