using System.Globalization;
using System.Text;

namespace ArchiveSite.Output.Citations;

/// <summary>A citation as a RIS record (<c>TY  - ELEC</c> for a digest, <c>DATA</c> for the archive), for EndNote,
/// Zotero, Mendeley and citation-js.</summary>
/// <remarks>
/// RIS lines are <c>TAG␠␠-␠value</c> ending in CR LF, as its specification asks; a value is one line. The archive is the
/// author written with a trailing comma, EndNote's mark of a corporate name (read as one family name, never split), and
/// the publisher (<c>PB</c>). RIS has no version tag for a web page: <c>ET</c> (edition) carries it, which is where
/// EndNote and Zotero look. Nor has it an event date: the note (<c>N1</c>) says it in words.
/// </remarks>
internal static class RisCitation
{
    public static string Write(CitationEntry entry)
    {
        var ris = new StringBuilder(512);
        Line(ris, "TY", entry.IsArchive ? "DATA" : "ELEC");
        Line(ris, "ID", entry.Key);
        Line(ris, "TI", entry.Title);
        Line(ris, "AU", entry.Publisher + ",");
        Line(ris, "PB", entry.Publisher);
        if (entry.Issued is { } issued)
        {
            Line(ris, "PY", issued.Year.ToString("D4", CultureInfo.InvariantCulture));
            Line(ris, "DA", issued.ToString("yyyy'/'MM'/'dd'/'", CultureInfo.InvariantCulture));
        }

        if (entry.Version is { } version)
        {
            Line(ris, "ET", version);
        }

        Line(ris, "UR", entry.Url);
        Line(ris, "AB", entry.Abstract);
        foreach (var keyword in entry.Keywords)
        {
            Line(ris, "KW", keyword);
        }

        Line(ris, "LA", entry.Language);
        if (entry.EventDate is { } happened)
        {
            Line(ris, "N1", "Event date: " + happened.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return ris.Append("ER  - \r\n").ToString();
    }

    // Every run of white space (a line break included) is one space: a RIS value cannot continue on the next line.
    private static void Line(StringBuilder ris, string tag, string value)
    {
        ris.Append(tag).Append("  - ");
        var rest = value.AsSpan().Trim();
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOfAny(WhiteSpace);
            ris.Append(space < 0 ? rest : rest[..space]);
            if (space < 0)
            {
                break;
            }

            ris.Append(' ');
            rest = rest[space..].TrimStart();
        }

        ris.Append("\r\n");
    }

    private static readonly System.Buffers.SearchValues<char> WhiteSpace = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)]);
}
