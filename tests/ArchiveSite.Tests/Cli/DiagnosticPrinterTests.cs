using ArchiveSite.Cli;
using ArchiveSite.Diagnostics;
using ArchiveSite.Tests.Contributing;

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
}
