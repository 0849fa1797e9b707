using Markdig.Parsers;
using Markdig.Syntax;

namespace ArchiveSite.Input;

/// <summary>How deep quotes and lists may nest in a body (<see cref="InputLimits.MarkdownDepth"/>), checked as Markdig opens
/// each one, so that the tree never grows deep enough for Markdig's own limit (128) to throw.</summary>
internal static class NestingLimit
{
    /// <summary>True when a quote or list opened now would be one level past the limit.</summary>
    /// <remarks>A new block joins the innermost container that is still open on this line (Markdig closes the others first).</remarks>
    public static bool IsReached(BlockProcessor processor) => DepthOf(processor.GetCurrentContainerOpened()) >= InputLimits.MarkdownDepth;

    /// <summary>Quotes and lists from <paramref name="block"/> up to the document; a list's items share its level.</summary>
    public static int DepthOf(Block? block)
    {
        var depth = 0;
        for (var current = block; current is not null; current = current.Parent)
        {
            if (current is QuoteBlock or ListBlock)
            {
                depth++;
            }
        }

        return depth;
    }

    /// <summary>Refuses the block: the line is left to the next parser (a paragraph, in the end) and the place recorded.</summary>
    public static BlockState Refuse(BlockProcessor processor, int start)
    {
        (processor.Context as BodyParseContext)?.RefuseTooDeep(processor, start);
        return BlockState.None;
    }
}
