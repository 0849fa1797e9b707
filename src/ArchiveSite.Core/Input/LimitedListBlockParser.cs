using Markdig.Parsers;
using Markdig.Syntax;

namespace ArchiveSite.Input;

/// <summary>Markdig's list parser, refusing to open a list past <see cref="InputLimits.MarkdownDepth"/>.</summary>
/// <remarks>Only <see cref="TryOpen"/> nests deeper: a sibling item, or a new list beside the old one, comes from TryContinue
/// at the same level.</remarks>
internal sealed class LimitedListBlockParser : ListBlockParser
{
    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (!NestingLimit.IsReached(processor))
        {
            return base.TryOpen(processor);
        }

        // Whether the line really starts a list ("-5 degrees" does not; neither does "2." after a paragraph) is the base
        // parser's decision, so it runs, and a new list is then undone the way the base parser undoes its own attempts:
        // drop the pending blocks and go back to the marker's column.
        var start = processor.Start;
        var column = processor.Column;
        var pending = processor.NewBlocks.Count;
        var result = base.TryOpen(processor);
        if (result == BlockState.None || processor.NewBlocks.Count == pending || processor.NewBlocks.Peek() is not ListBlock)
        {
            return result; // Not a list (a thematic break, say): nothing deeper.
        }

        while (processor.NewBlocks.Count > pending)
        {
            processor.NewBlocks.Pop();
        }

        processor.GoToColumn(column);
        return NestingLimit.Refuse(processor, start);
    }
}
