using System.Globalization;
using System.Text;

namespace ArchiveSite.Output.Citations;

/// <summary>A citation as a biblatex entry (<c>@online</c> for a digest, <c>@dataset</c> for the archive), UTF-8, for
/// Biber, Zotero, JabRef and citation-js.</summary>
/// <remarks>
/// biblatex rather than classic BibTeX because only it has the fields a web entry needs: <c>date</c> (ISO), <c>url</c>,
/// <c>version</c>, <c>eventdate</c>. No <c>year</c> beside <c>date</c> (Biber warns on the pair) and no <c>urldate</c>:
/// when the reader looked is not ours to say; and no <c>langid</c>, which wants a babel language name, not the site's code. Non-ASCII text stays UTF-8, which Biber and reference managers read.
/// </remarks>
internal static class BibTeXCitation
{
    /// <summary>The entry's .bib file, as UTF-8.</summary>
    public static byte[] Write(CitationEntry entry) => CitationText.Bytes(entry, Write);

    private static void Write(StringBuilder bib, CitationEntry entry)
    {
        bib.Append('@').Append(entry.IsArchive ? "dataset" : "online").Append('{').Append(entry.Key).Append(",\n");
        // Double braces: the archive is one corporate name, never split into given and family names; the title keeps its case.
        Escaped(Open(bib, "author").Append('{'), entry.Publisher).Append('}');
        Close(bib);
        Escaped(Open(bib, "title").Append('{'), entry.Title).Append('}');
        Close(bib);
        // @online has no publisher field in biblatex's data model; its organization is the publishing body.
        Escaped(Open(bib, entry.IsArchive ? "publisher" : "organization"), entry.Publisher);
        Close(bib);
        if (entry.Issued is { } issued)
        {
            Iso(Open(bib, "date"), issued);
            Close(bib);
        }

        if (entry.EventDate is { } happened)
        {
            Iso(Open(bib, "eventdate"), happened);
            Close(bib);
        }

        if (entry.Version is { } version)
        {
            Escaped(Open(bib, "version"), version);
            Close(bib);
        }

        // url is a verbatim field: LaTeX escapes would become part of the address. A System.Uri never holds { } or \.
        Open(bib, "url").Append(entry.Url);
        Close(bib);
        Escaped(Open(bib, "abstract"), entry.Abstract);
        Close(bib);
        if (entry.Keywords.Count > 0)
        {
            Open(bib, "keywords");
            for (var i = 0; i < entry.Keywords.Count; i++)
            {
                Escaped(i == 0 ? bib : bib.Append(", "), entry.Keywords[i]);
            }

            Close(bib);
        }

        bib.Append("}\n");
    }

    /// <summary>Text made safe inside a braced field: the ten LaTeX specials escaped, each run of white space one space.</summary>
    /// <remarks>Braces become <c>\textbraceleft{}</c> rather than <c>\{</c>: BibTeX counts every brace, escaped or not, to
    /// find a field's end, so an unbalanced <c>\{</c> would swallow the rest of the entry.</remarks>
    public static string Escape(string text) => Escaped(new StringBuilder(text.Length + 16), text).ToString();

    private static StringBuilder Escaped(StringBuilder escaped, string text)
    {
        var start = escaped.Length;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = escaped.Length > start;
                continue;
            }

            if (space)
            {
                escaped.Append(' ');
                space = false;
            }

            if (Special(c) is { } command)
            {
                escaped.Append(command);
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped;
    }

    private static string? Special(char c) => c switch
    {
        '\\' => @"\textbackslash{}",
        '{' => @"\textbraceleft{}",
        '}' => @"\textbraceright{}",
        '~' => @"\textasciitilde{}",
        '^' => @"\textasciicircum{}",
        '%' => @"\%",
        '&' => @"\&",
        '$' => @"\$",
        '#' => @"\#",
        '_' => @"\_",
        _ => null,
    };

    // A field's name padded to a column, then its value up to Close.
    private static StringBuilder Open(StringBuilder bib, string name) =>
        bib.Append("  ").Append(name).Append(' ', Math.Max(0, 12 - name.Length)).Append(" = {");

    private static void Close(StringBuilder bib) => bib.Append("},\n");

    private static void Iso(StringBuilder bib, DateOnly date) => bib.Append(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd}");
}
