using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace ArchiveSite.Input;

/// <summary>Writes an inline HTML tag (or comment) as its own text, escaped.</summary>
internal sealed class HtmlInlineAsTextRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline inline) => renderer.WriteEscape(inline.Tag);
}
