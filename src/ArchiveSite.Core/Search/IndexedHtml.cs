namespace ArchiveSite.Search;

/// <summary>The part of a page's HTML that Pagefind reads when the page marks its content with <c>data-pagefind-body</c>:
/// the <c>&lt;html&gt;</c> tag (its language) and the stretch from the first <c>data-pagefind-*</c> attribute to the last.</summary>
/// <remarks>
/// With a <c>data-pagefind-body</c> on the site, Pagefind indexes only the text inside it, and reads outside it only
/// <c>data-pagefind-*</c> attributes, the first <c>h1</c> (the default title; the <c>title</c> element when there is no
/// <c>h1</c>), an <c>img</c> after that title (the default image) and the <c>html</c> tag's language. A digest page's head, navigation, related cards
/// and footer hold none of these, and are most of its bytes: sending only the rest gives Pagefind about half the
/// bytes to parse and the same index, byte for byte (PagefindServiceTests compares both). Whenever a part that would be
/// dropped holds one of the things Pagefind reads, the page is sent whole.
/// </remarks>
internal static class IndexedHtml
{
    private const string Marker = "data-pagefind";
    private const string Body = "data-pagefind-body";

    /// <summary>The HTML to send Pagefind for <paramref name="html"/>: its indexed part, or the whole page when in doubt.</summary>
    public static string Of(string html)
    {
        var body = html.IndexOf(Body, StringComparison.Ordinal);
        var htmlTag = html.IndexOf("<html", StringComparison.OrdinalIgnoreCase);
        var htmlTagEnd = htmlTag < 0 ? -1 : html.IndexOf('>', htmlTag);
        if (body < 0 || htmlTagEnd < 0)
        {
            return html; // Without a body marker Pagefind indexes the whole page.
        }

        var first = html.IndexOf(Marker, StringComparison.Ordinal);
        var start = html.LastIndexOf('<', first);
        var last = html.LastIndexOf(Marker, StringComparison.Ordinal);
        var lastTagEnd = html.IndexOf('>', last);
        var end = lastTagEnd < 0 ? -1 : NextStartTag(html, lastTagEnd + 1);
        if (start <= htmlTagEnd || end < 0 || !ValueInAttribute(html, last) || !ClosedBefore(html, body, end))
        {
            return html;
        }

        var before = html.AsSpan(htmlTagEnd + 1, start - htmlTagEnd - 1);
        var kept = html.AsSpan(start, end - start);
        var after = html.AsSpan(end);
        if (ReadByPagefind(before) || ReadByPagefind(after) || (!Has(kept, "<h1") && (Has(before, "<title") || Has(after, "<title"))))
        {
            return html;
        }

        return string.Concat(html.AsSpan(htmlTag, htmlTagEnd + 1 - htmlTag), "<body>", kept, "</body></html>");
    }

    /// <summary>Whether a part holds anything Pagefind reads outside the indexed body (the page's title only matters
    /// without an h1, which the caller checks).</summary>
    private static bool ReadByPagefind(ReadOnlySpan<char> part) =>
        part.Contains(Marker, StringComparison.Ordinal) || Has(part, "<h1") || Has(part, "<img");

    private static bool Has(ReadOnlySpan<char> part, string text) => part.Contains(text, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the attribute at <paramref name="marker"/> carries its value itself (<c>name:value</c> or
    /// <c>name[attr]</c>), so that the element's content, which may run past the cut, is not needed.</summary>
    private static bool ValueInAttribute(string html, int marker)
    {
        var equals = html.IndexOf('=', marker);
        var tagEnd = html.IndexOf('>', marker);
        if (equals < 0 || equals > tagEnd)
        {
            return false;
        }

        var quote = html[equals + 1];
        var close = quote is '"' or '\'' ? html.IndexOf(quote, equals + 2) : -1;
        var value = close < 0 ? ReadOnlySpan<char>.Empty : html.AsSpan(equals + 2, close - equals - 2);
        return value.Contains(':') || value.Contains('[');
    }

    /// <summary>Whether the element holding the body marker at <paramref name="marker"/> ends before <paramref name="cut"/>:
    /// its tag name's start and end tags balance out in between.</summary>
    private static bool ClosedBefore(string html, int marker, int cut)
    {
        var open = html.LastIndexOf('<', marker);
        var nameEnd = open + 1;
        while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
        {
            nameEnd++;
        }

        var name = html[(open + 1)..nameEnd];
        var depth = 0;
        for (var i = open; i >= 0 && i < cut; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var at = closing ? i + 2 : i + 1;
            if (string.CompareOrdinal(html, at, name, 0, name.Length) == 0 && at + name.Length < html.Length && !char.IsAsciiLetterOrDigit(html[at + name.Length]))
            {
                depth += closing ? -1 : 1;
                if (depth == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The position of the first start tag (<c>&lt;</c> and a letter) at or after <paramref name="from"/>, or -1.</summary>
    private static int NextStartTag(string html, int from)
    {
        for (var i = html.IndexOf('<', from); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            if (char.IsAsciiLetter(html[i + 1]))
            {
                return i;
            }
        }

        return -1;
    }
}
