using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using Markdig;
using Markdig.Syntax;

namespace ArchiveSite.Tests.Input;

/// <summary>The nesting guard against Markdig itself: on random stacks of quote and list markers, the body pipeline reports
/// AS0140 exactly when plain Markdig (allowed to nest deeper) builds a tree past the limit, and otherwise renders the same HTML.</summary>
public class NestingLimitTests
{
    private static readonly string[] Markers = ["> ", ">", "- ", "* ", "+ ", "1. ", "2) ", "-\t"];

    // The body pipeline without its guard or raw-HTML handling (the generated text has no '<'), allowed deeper trees.
    private static readonly MarkdownPipeline Reference = new MarkdownPipelineBuilder
    {
        MaximumNestingDepth = 1_000,
    }
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .UseFootnotes()
        .Build();

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Given_random_nesting_When_rendered_Then_the_error_appears_exactly_when_the_tree_would_pass_the_limit(int seed)
    {
        var random = new Random(seed);
        for (var example = 0; example < 25; example++)
        {
            var markdown = RandomNesting(random);

            var diagnostics = new DiagnosticBag();
            var html = MarkdownBody.Render(markdown, "body.md", 1, diagnostics);
            var reported = diagnostics.ToSortedList();
            var deepest = Markdown.Parse(markdown, Reference).Descendants<ContainerBlock>().Select(DepthOf).DefaultIfEmpty().Max();

            if (deepest <= InputLimits.MarkdownDepth)
            {
                Assert.True(reported.Count == 0, $"{string.Join("\n", reported)}\nfor\n{markdown}");
                Assert.Equal(Markdown.ToHtml(markdown, Reference), html);
            }
            else
            {
                var error = Assert.Single(reported);
                Assert.Equal("AS0140", error.Code);
                var line = markdown.Split('\n')[error.Location.Line - 1];
                Assert.Contains(line[error.Location.Column - 1].ToString(), "->*+12", StringComparison.Ordinal);
            }
        }
    }

    // Counted here, not with the guard's own helper: quotes and lists up to the document, a list's items at its level.
    private static int DepthOf(Block block)
    {
        var depth = 0;
        for (Block? current = block; current is not null; current = current.Parent)
        {
            depth += current is QuoteBlock or ListBlock ? 1 : 0;
        }

        return depth;
    }

    // A few lines, most of them a stack of 20 to 40 markers (around the limit of 32) after a little indentation.
    private static string RandomNesting(Random random)
    {
        var lines = new List<string>();
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            if (random.Next(5) == 0)
            {
                lines.Add("");
                continue;
            }

            var markers = string.Concat(Enumerable.Range(0, random.Next(20, 41)).Select(_ => Markers[random.Next(Markers.Length)]));
            lines.Add(new string(' ', random.Next(0, 4)) + markers + (random.Next(4) == 0 ? "" : "text"));
        }

        return string.Join("\n", lines) + "\n";
    }
}
