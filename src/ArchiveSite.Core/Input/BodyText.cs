using ArchiveSite.Diagnostics;

namespace ArchiveSite.Input;

/// <summary>Checks on a Markdown body as written, before Markdig sees it: characters that cannot be published.</summary>
public static class BodyText
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
}
