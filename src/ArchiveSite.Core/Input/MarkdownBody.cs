using ArchiveSite.Diagnostics;
using ArchiveSite.Model;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Parsers;
using Markdig.Renderers;

namespace ArchiveSite.Input;

/// <summary>Renders digest and page bodies through the one shared Markdig pipeline, into HTML that is safe to publish as is:
/// every page and feed carries exactly what this returns.</summary>
internal static class MarkdownBody
{
    /// <summary>CommonMark plus pipe tables, heading ids, autolinks and footnotes; raw HTML is shown as text; quotes and lists
    /// nest at most <see cref="InputLimits.MarkdownDepth"/> deep.</summary>
    public static MarkdownPipeline Pipeline { get; } = BuildPipeline();

    // One output buffer per reading thread, reused body after body: it grows once instead of for every file.
    [ThreadStatic]
    private static System.Text.StringBuilder? t_html;

    /// <summary>Renders <paramref name="markdown"/> to HTML and reports, at their place in the file, every link whose scheme
    /// could run script (dropped), raw HTML (shown as text), nesting past the limit, and anything Markdig throws.</summary>
    /// <param name="bodyLine">The file line the body starts on, so reported lines match the file.</param>
    /// <returns>The body's HTML; empty when Markdig failed (an error is reported).</returns>
    public static string Render(string markdown, string path, int bodyLine, DiagnosticBag diagnostics) =>
        Render(markdown, path, bodyLine, diagnostics, html => html.ToString(), "");

    /// <summary>As <see cref="Render(string, string, int, DiagnosticBag)"/>, kept as UTF-8 (a digest's body, held all run).</summary>
    /// <param name="store">Where the body is kept (<see cref="Utf8Store"/>), or null to keep it in memory.</param>
    public static Utf8Html RenderUtf8(string markdown, string path, int bodyLine, DiagnosticBag diagnostics, Utf8Store? store = null) =>
        Render(markdown, path, bodyLine, diagnostics, html => Utf8Html.Of(html, store), Utf8Html.Empty);

    private static T Render<T>(string markdown, string path, int bodyLine, DiagnosticBag diagnostics, Func<System.Text.StringBuilder, T> result, T failed)
    {
        var body = new BodyParseContext(path, bodyLine);
        try
        {
            var document = Markdown.Parse(markdown, Pipeline, body);
            if (body.TooDeep is { } tooDeep)
            {
                diagnostics.Add(DiagnosticCodes.MarkdownTooDeep, tooDeep, InputLimits.MarkdownDepth);
            }

            BodyLinks.Check(document, body, diagnostics);
            RawHtmlWarnings.Report(document, body, diagnostics);

            // A renderer of our own, not Markdig's pooled one: the pool resets a renderer after use, but not every flag
            // (EnableHtmlForInline, ImplicitParagraph), so one that threw inside an image could strip the links of later bodies.
            var html = t_html ??= new System.Text.StringBuilder(16 * 1024);
            html.Clear();
            using var writer = new StringWriter(html, System.Globalization.CultureInfo.InvariantCulture);
            var renderer = new HtmlRenderer(writer);
            Pipeline.Setup(renderer);
            renderer.Render(document);
            writer.Flush();
            return result(html);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Markdig knows no position when it gives up (its own depth limits, for one); the body's start is the best we have.
            diagnostics.Add(DiagnosticCodes.MarkdownFailed, body.Start, e.Message);
            return failed;
        }
    }

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseAutoLinks()
            .UseFootnotes();

        // HTML stays enabled in the parser so that it can be located (AS0120); RawHtmlAsText writes it as text.
        builder.Extensions.AddIfNotAlready<RawHtmlAsText>();
        if (!builder.BlockParsers.Replace<QuoteBlockParser>(new LimitedQuoteBlockParser())
            || !builder.BlockParsers.Replace<ListBlockParser>(new LimitedListBlockParser()))
        {
            throw new InvalidOperationException("Markdig's quote and list parsers were not found; the nesting limit cannot be set.");
        }

        return builder.Build();
    }
}
