using ArchiveSite.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArchiveSite.Input;

/// <summary>Reports raw HTML in a body (AS0120), once per HTML block and once per inline tag, at its own line and column;
/// <see cref="RawHtmlAsText"/> then writes it as text.</summary>
internal static class RawHtmlWarnings
{
    // Enough to recognise the markup in a one-line report; a block can run for pages.
    private const int QuotedLength = 60;

    public static void Report(MarkdownDocument document, BodyParseContext body, DiagnosticBag diagnostics)
    {
        foreach (var node in document.Descendants())
        {
            var html = node switch
            {
                HtmlBlock block => block.Lines.Count > 0 ? block.Lines.Lines[0].Slice.ToString() : "",
                HtmlInline inline => inline.Tag,
                _ => null,
            };
            if (html is not null)
            {
                diagnostics.Add(DiagnosticCodes.RawHtml, body.At(node), Quote(html.Trim()));
            }
        }
    }

    private static string Quote(string html) => html.Length <= QuotedLength ? html : string.Concat(html.AsSpan(0, QuotedLength), "…");
}
