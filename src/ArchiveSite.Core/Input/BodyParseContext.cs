using ArchiveSite.Diagnostics;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace ArchiveSite.Input;

/// <summary>One body's parse: where the body sits in its file, and the first place the nesting guard refused a block.</summary>
/// <remarks>Markdig hands this context to every block parser, which is how the shared, thread-safe pipeline's parsers report
/// into one body without state of their own.</remarks>
internal sealed class BodyParseContext(string path, int bodyLine) : MarkdownParserContext
{
    /// <summary>Where the first quote or list past <see cref="InputLimits.MarkdownDepth"/> was refused; null when none was.</summary>
    public SourceLocation? TooDeep { get; private set; }

    /// <summary>The body's first character, for problems with no better position.</summary>
    public SourceLocation Start => At(0, 0);

    /// <summary>A Markdig position (0-based line in the body, 0-based column) as a file location.</summary>
    public SourceLocation At(int line, int column) => new(path, bodyLine + line, column + 1);

    public SourceLocation At(MarkdownObject node) => At(node.Line, node.Column);

    /// <summary>Records the block the guard refused at <paramref name="start"/> (a position in the body's text); only the first
    /// counts, as the rest of a too-deep passage would repeat the same error line after line.</summary>
    public void RefuseTooDeep(BlockProcessor processor, int start) =>
        TooDeep ??= At(processor.LineIndex, start - processor.CurrentLineStartPosition);
}
