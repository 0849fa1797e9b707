namespace ArchiveSite.Common;

/// <summary>Decides which URLs a contributor may write: web links, mail links and relative links, never script.</summary>
public static class SafeUrl
{
    // The longest scheme kept for comparison; any longer one is none of the allowed ones.
    private const int SchemeLength = 16;

    private enum Kind
    {
        Relative,
        Web,
        Mail,
        Other,
    }

    /// <summary>True for an absolute http or https URL with a host.</summary>
    public static bool IsWebUrl(string text, out Uri? uri)
    {
        uri = null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var parsed)
            && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps)
            && parsed.Host.Length > 0)
        {
            uri = parsed;
            return true;
        }

        return false;
    }

    /// <summary>True when a link target in a body is harmless: http(s), mailto, or no scheme at all.</summary>
    public static bool IsSafeLink(string url) => Classify(url) != Kind.Other;

    /// <summary>True when a (safe) link leaves the site: an absolute http(s) URL or a scheme-relative one (<c>//host/</c>).</summary>
    /// <remarks>Every absolute web link counts, even one to the site's own address: a body is then the same HTML whatever
    /// the site's base URL (in a build, in serve, in a feed reader), and the link check agrees (it follows only relative links).</remarks>
    public static bool LeavesSite(string url) => Classify(url) switch
    {
        Kind.Web => true,
        Kind.Relative => IsSchemeRelative(url),
        _ => false,
    };

    /// <remarks>Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so we do too.</remarks>
    private static Kind Classify(string url)
    {
        Span<char> scheme = stackalloc char[SchemeLength];
        var length = 0;
        foreach (var c in url)
        {
            if (c <= ' ')
            {
                continue;
            }

            if (c == ':')
            {
                var name = scheme[..Math.Min(length, SchemeLength)];
                return length > SchemeLength ? Kind.Other
                    : name.SequenceEqual("http") || name.SequenceEqual("https") ? Kind.Web
                    : name.SequenceEqual("mailto") ? Kind.Mail
                    : Kind.Other;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return Kind.Relative; // '/', '#', '?' before any ':' make it relative.
            }

            // A long run of scheme characters is still relative ("a-page-named-at-length") unless a ':' ends it.
            if (length < SchemeLength)
            {
                scheme[length] = char.ToLowerInvariant(c);
            }

            length++;
        }

        return Kind.Relative;
    }

    // Browsers read "\" as "/" in web URLs, so "/\host" leaves the site as "//host" does.
    private static bool IsSchemeRelative(string url)
    {
        var start = url.TrimStart();
        return start.Length >= 2 && (start[0] is '/' or '\\') && (start[1] is '/' or '\\');
    }
}
