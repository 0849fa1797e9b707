using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace ArchiveSite.Input;

/// <summary>Markdig extension: raw HTML is parsed, so that it can be located and reported, but written as text, never as
/// markup (DESIGN.md: "Raw HTML in Markdown is not rendered: it is shown as text").</summary>
internal sealed class RawHtmlAsText : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        // Fail closed: if a Markdig upgrade renamed these renderers, raw HTML would be written as markup.
        if (!html.ObjectRenderers.Replace<HtmlBlockRenderer>(new HtmlBlockAsTextRenderer())
            || !html.ObjectRenderers.Replace<HtmlInlineRenderer>(new HtmlInlineAsTextRenderer()))
        {
            throw new InvalidOperationException("Markdig's raw HTML renderers were not found; raw HTML cannot be shown as text.");
        }
    }
}
