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
    /// <summary>The entry's .ris file, as UTF-8.</summary>
    public static byte[] Write(CitationEntry entry) => CitationText.Bytes(entry, Write);

    private static void Write(StringBuilder ris, CitationEntry entry)
    {
        Line(ris, "TY", entry.IsArchive ? "DATA" : "ELEC");
        Line(ris, "ID", entry.Key);
        Line(ris, "TI", entry.Title);
        Line(ris, "AU", entry.Publisher + ",");
        Line(ris, "PB", entry.Publisher);
        Span<char> date = stackalloc char[32];
        if (entry.Issued is { } issued)
        {
            issued.Year.TryFormat(date, out var year, "D4", CultureInfo.InvariantCulture);
            Line(ris, "PY", date[..year]);
            issued.TryFormat(date, out var day, "yyyy'/'MM'/'dd'/'", CultureInfo.InvariantCulture);
            Line(ris, "DA", date[..day]);
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
            const string Said = "Event date: ";
            Said.CopyTo(date);
            happened.TryFormat(date[Said.Length..], out var day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Line(ris, "N1", date[..(Said.Length + day)]);
        }

        ris.Append("ER  - \r\n");
    }

    // Every run of white space (a line break included) is one space: a RIS value cannot continue on the next line.
    private static void Line(StringBuilder ris, string tag, ReadOnlySpan<char> value)
    {
        ris.Append(tag).Append("  - ");
        var rest = value.Trim();
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
