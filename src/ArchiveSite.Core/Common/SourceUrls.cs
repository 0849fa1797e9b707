namespace ArchiveSite.Common;

/// <summary>One key per cited article, however its address was written: the duplicate-source check and data/lookup.json
/// both use it, and the "Covered in" snippet on the about page computes the same key in the browser.</summary>
public static class SourceUrls
{
    /// <summary>What <see cref="Key"/> keeps and drops, for the data files that publish keys.</summary>
    public const string Rule =
        "host without a leading 'www.' (lowercase, international names in their xn-- form) followed by the path with " +
        "percent-escapes decoded and trailing slashes removed; scheme, port, query and fragment are dropped";

    /// <summary>The key of an article address: the same article is often cited with and without "www.", a trailing
    /// slash, tracking parameters or escapes a browser would write differently.</summary>
    public static string Key(Uri url)
    {
        // IdnHost is what a browser's URL.hostname gives (xn-- form); Host would be the Unicode form.
        var host = url.IdnHost.ToLowerInvariant();
        host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        return host + Uri.UnescapeDataString(url.AbsolutePath).TrimEnd('/');
    }
}
