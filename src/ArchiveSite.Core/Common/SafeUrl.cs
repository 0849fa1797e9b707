namespace ArchiveSite.Common;

/// <summary>Decides which URLs a contributor may write: web links, mail links and relative links, never script.</summary>
public static class SafeUrl
{
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
    /// <remarks>Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so we do too.</remarks>
    public static bool IsSafeLink(string url)
    {
        Span<char> scheme = stackalloc char[16];
        var length = 0;
        foreach (var c in url)
        {
            if (c <= ' ')
            {
                continue;
            }

            if (c == ':')
            {
                var name = scheme[..length];
                return name.SequenceEqual("http") || name.SequenceEqual("https") || name.SequenceEqual("mailto");
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return true; // '/', '#', '?' or '.' before any ':' make it relative.
            }

            if (length == scheme.Length)
            {
                return false;
            }

            scheme[length++] = char.ToLowerInvariant(c);
        }

        return true;
    }
}
