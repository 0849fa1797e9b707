using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArchiveSite.Input;

/// <summary>Makes a body's links safe in Markdig's tree, before it is rendered: a link, image or autolink whose URL could run
/// script is dropped (its text stays) with a located AS0112, and a link that leaves the site is marked
/// <c>rel="external noopener noreferrer"</c>.</summary>
/// <remarks>Done once, when the body is read, so that digest pages, plain pages and feeds publish the same HTML.</remarks>
internal static class BodyLinks
{
    public const string ExternalRel = "external noopener noreferrer";

    public static void Check(MarkdownDocument document, BodyParseContext body, DiagnosticBag diagnostics)
    {
        // Collected first: dropping a link changes the tree being walked.
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            // The URL the renderer will write: heading references compute theirs ("#what-happened").
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
            if (!SafeUrl.IsSafeLink(url))
            {
                diagnostics.Add(DiagnosticCodes.UnsafeLink, body.At(link), url);
                Unwrap(link);
            }
            else if (!link.IsImage && SafeUrl.LeavesSite(url))
            {
                link.GetAttributes().AddPropertyIfNotExist("rel", ExternalRel);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (autolink.IsEmail)
            {
                continue; // Written as mailto: by the renderer.
            }

            if (!SafeUrl.IsSafeLink(autolink.Url))
            {
                diagnostics.Add(DiagnosticCodes.UnsafeLink, body.At(autolink), autolink.Url);
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
            else if (SafeUrl.LeavesSite(autolink.Url))
            {
                autolink.GetAttributes().AddPropertyIfNotExist("rel", ExternalRel);
            }
        }
    }

    // The link's text (an image's alt text) takes its place, so the reader still sees what the contributor wrote.
    private static void Unwrap(LinkInline link)
    {
        while (link.FirstChild is { } child)
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }
}
