using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArchiveSite.Input;

/// <summary>Renders digest and page bodies through the one shared Markdig pipeline.</summary>
public static class MarkdownBody
{
    /// <summary>CommonMark plus pipe tables, heading ids, autolinks and footnotes; raw HTML is shown as text.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .UseFootnotes()
        .DisableHtml()
        .Build();

    /// <summary>Renders <paramref name="markdown"/> to HTML and reports every link whose scheme could run script.</summary>
    /// <param name="bodyLine">The file line the body starts on, so reported lines match the file.</param>
    public static string Render(string markdown, string path, int bodyLine, DiagnosticBag diagnostics)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && !SafeUrl.IsSafeLink(url))
            {
                diagnostics.Add(DiagnosticCodes.UnsafeLink, new SourceLocation(path, bodyLine + link.Line, link.Column + 1), url);
                link.Url = "#"; // Never render it, even when a caller ignores the error.
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && !SafeUrl.IsSafeLink(autolink.Url))
            {
                diagnostics.Add(DiagnosticCodes.UnsafeLink, new SourceLocation(path, bodyLine + autolink.Line, autolink.Column + 1), autolink.Url);
                autolink.Url = "#";
            }
        }

        return document.ToHtml(Pipeline);
    }
}
