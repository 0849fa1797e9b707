using ArchiveSite.Diagnostics;

namespace ArchiveSite.Input;

/// <summary>Checks on a Markdown body as written, before Markdig sees it: characters that cannot be published, and its length in words.</summary>
internal static class BodyText
{
    /// <summary>Reports the first character of the body that cannot be published (feeds are XML, which refuses it), at its line and column.</summary>
    /// <remarks>One report is enough to say what to fix; a pasted binary would otherwise print thousands.</remarks>
    public static void CheckPrintable(FrontMatter file, DiagnosticBag diagnostics)
    {
        var index = ControlCharacters.IndexOfFirst(file.Body);
        if (index < 0)
        {
            return;
        }

        var lineStart = file.Body.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var line = file.BodyLine;
        for (var i = 0; i < lineStart; i++)
        {
            line += file.Body[i] == '\n' ? 1 : 0;
        }

        diagnostics.Add(DiagnosticCodes.ControlCharacter, new SourceLocation(file.Path, line, index - lineStart + 1), "body", ControlCharacters.Code(file.Body, index));
    }

    /// <summary>Words as the editorial rules count them: runs of non-space characters holding at least one letter or digit
    /// (so Markdown's "##" and "-" are not words, and a link's address is one).</summary>
    public static int CountWords(string markdown)
    {
        var words = 0;
        var inWord = false;
        var hasLetter = false;
        foreach (var c in markdown)
        {
            if (char.IsWhiteSpace(c))
            {
                words += inWord && hasLetter ? 1 : 0;
                inWord = hasLetter = false;
            }
            else
            {
                inWord = true;
                hasLetter |= char.IsLetterOrDigit(c);
            }
        }

        return words + (inWord && hasLetter ? 1 : 0);
    }
}
