using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ArchiveSite.Input;

/// <summary>Writes a raw HTML block as a paragraph of its own text, escaped, line breaks kept.</summary>
internal sealed class HtmlBlockAsTextRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        // As ParagraphRenderer does: an item of a tight list carries its text without <p>.
        if (!renderer.ImplicitParagraph)
        {
            renderer.EnsureLine();
            renderer.Write("<p>");
        }

        var lines = block.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                renderer.WriteLine();
            }

            renderer.WriteEscape(lines.Lines[i].Slice);
        }

        if (!renderer.ImplicitParagraph)
        {
            renderer.WriteLine("</p>");
        }
    }
}
