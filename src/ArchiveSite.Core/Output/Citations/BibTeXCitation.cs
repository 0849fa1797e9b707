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
    public static string Write(CitationEntry entry)
    {
        var bib = new StringBuilder(512);
        bib.Append('@').Append(entry.IsArchive ? "dataset" : "online").Append('{').Append(entry.Key).Append(",\n");
        // Double braces: the archive is one corporate name, never split into given and family names; the title keeps its case.
        Field(bib, "author", "{" + Escape(entry.Publisher) + "}");
        Field(bib, "title", "{" + Escape(entry.Title) + "}");
        // @online has no publisher field in biblatex's data model; its organization is the publishing body.
        Field(bib, entry.IsArchive ? "publisher" : "organization", Escape(entry.Publisher));
        if (entry.Issued is { } issued)
        {
            Field(bib, "date", Iso(issued));
        }

        if (entry.EventDate is { } happened)
        {
            Field(bib, "eventdate", Iso(happened));
        }

        if (entry.Version is { } version)
        {
            Field(bib, "version", Escape(version));
        }

        // url is a verbatim field: LaTeX escapes would become part of the address. A System.Uri never holds { } or \.
        Field(bib, "url", entry.Url);
        Field(bib, "abstract", Escape(entry.Abstract));
        if (entry.Keywords.Count > 0)
        {
            Field(bib, "keywords", string.Join(", ", entry.Keywords.Select(Escape)));
        }

        return bib.Append("}\n").ToString();
    }

    /// <summary>Text made safe inside a braced field: the ten LaTeX specials escaped, each run of white space one space.</summary>
    /// <remarks>Braces become <c>\textbraceleft{}</c> rather than <c>\{</c>: BibTeX counts every brace, escaped or not, to
    /// find a field's end, so an unbalanced <c>\{</c> would swallow the rest of the entry.</remarks>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = escaped.Length > 0;
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

        return escaped.ToString();
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

    private static void Field(StringBuilder bib, string name, string value) =>
        bib.Append("  ").Append(name.PadRight(12)).Append(" = {").Append(value).Append("},\n");

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
