using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArchiveSite.Cli;

/// <summary>One line of text in one style, which Spectre writes as it is: no markup is parsed and it is never wrapped.</summary>
/// <remarks>Spectre's Markup and Text fold long lines at the terminal's width with real line breaks, which would split
/// a <c>path:line:col</c> line that editors and terminals make clickable.</remarks>
public sealed class ColouredLine(string text, Style style) : IRenderable
{
    public Measurement Measure(RenderOptions options, int maxWidth) => new(Math.Min(text.Length, maxWidth), maxWidth);

    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => [new Segment(text, style), Segment.LineBreak];
}
