using ArchiveSite.Diagnostics;
using YamlDotNet.Core;

namespace ArchiveSite.Input;

/// <summary>Turns YamlDotNet's positions into file locations: front matter starts on the file's second line.</summary>
/// <param name="LineOffset">Lines of the file above the YAML: 1 for front matter, 0 for a data file.</param>
internal readonly record struct YamlPositions(string Path, int LineOffset)
{
    public SourceLocation At(Mark mark) =>
        new(Path, (int)Math.Max(1, mark.Line) + LineOffset, (int)Math.Max(1, mark.Column));
}
