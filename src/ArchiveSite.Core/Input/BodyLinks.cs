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
        var inlines = Inlines(document);
        foreach (var link in inlines.OfType<LinkInline>())
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

        foreach (var autolink in inlines.OfType<AutolinkInline>())
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

    // Every inline of the document, walked by hand before anything is changed. Markdig's Descendants<T>() missed an
    // autolink that followed unwrapped links and literal brackets on one line (tests/hostile/unsafe-body-links.md),
    // which published a javascript: URL; a plain walk over blocks and containers cannot skip a node.
    private static List<Inline> Inlines(MarkdownObject root)
    {
        var found = new List<Inline>();
        var pending = new Stack<MarkdownObject>([root]);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case ContainerBlock blocks:
                    foreach (var block in blocks)
                    {
                        pending.Push(block);
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push(inline);
                    break;
                case Inline inline:
                    found.Add(inline);
                    if (inline is ContainerInline container)
                    {
                        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                        {
                            pending.Push(child);
                        }
                    }

                    break;
            }
        }

        return found;
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
