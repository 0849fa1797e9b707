using Markdig.Parsers;

namespace ArchiveSite.Input;

/// <summary>Markdig's block quote parser, refusing to open a quote past <see cref="InputLimits.MarkdownDepth"/>.</summary>
internal sealed class LimitedQuoteBlockParser : QuoteBlockParser
{
    public override BlockState TryOpen(BlockProcessor processor)
    {
        // The base parser opens a quote on every '>' that is not code-indented, so the check can come first and leave the
        // line untouched.
        if (!processor.IsCodeIndent && NestingLimit.IsReached(processor))
        {
            return NestingLimit.Refuse(processor, processor.Start);
        }

        return base.TryOpen(processor);
    }
}
