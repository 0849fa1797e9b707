using System.Globalization;
using System.Text;
using System.Xml;
using ArchiveSite.Model;
using ArchiveSite.Pages;

namespace ArchiveSite.Output;

/// <summary>Atom 1.0 feeds (RFC 4287): the whole archive, one per theme, organisation and story line, and the corrections; newest entries first.</summary>
internal static class AtomFeed
{
    /// <summary>How many entries a feed keeps; readers only need the recent ones.</summary>
    public const int EntryLimit = 50;

    // One buffer per thread, reused feed after feed: a feed of 50 full entries is hundreds of kilobytes, and growing a
    // new buffer to that size for each of the site's feeds cost more than the feeds themselves.
    [ThreadStatic]
    private static MemoryStream? t_buffer;

    /// <summary>The digests a feed of <paramref name="digests"/> shows (the newest <see cref="EntryLimit"/>): all it reads of
    /// them, so a feed's key is taken over these and an edit to an older digest leaves the feed as it is.</summary>
    public static IReadOnlyList<Digest> Entries(IReadOnlyList<Digest> digests) =>
        digests.Count <= EntryLimit ? digests : [.. digests.Take(EntryLimit)];

    /// <param name="feedPath">Site path of the feed itself (rel="self").</param>
    /// <param name="pagePath">Site path of the HTML page the feed mirrors; also the feed's permanent id.</param>
    public static byte[] Write(SiteSettings settings, SiteUrl url, string title, string feedPath, string pagePath, IReadOnlyList<Digest> digests)
    {
        var entries = Entries(digests);
        var updated = entries.Count == 0 ? (DateOnly?)null : entries.Max(d => d.LastModified);
        return Feed(settings, url, title, feedPath, pagePath, updated, xml =>
        {
            foreach (var digest in entries)
            {
                var page = url.Absolute(SitePaths.Digest(digest.Slug));
                xml.WriteStartElement("entry");
                if (digest.Language is { } language && language != settings.Language)
                {
                    xml.WriteAttributeString("xml", "lang", null, language); // its title, summary and content are in the digest's own language
                }

                xml.WriteElementString("id", page);
                xml.WriteElementString("title", digest.Title);

                xml.WriteElementString("published", Timestamp(digest.Date));
                xml.WriteElementString("updated", Timestamp(digest.LastModified));
                Link(xml, "alternate", page, "text/html");
                foreach (var tag in digest.Tags)
                {
                    xml.WriteStartElement("category");
                    xml.WriteAttributeString("term", tag);
                    xml.WriteAttributeString("scheme", url.Absolute(SitePaths.TagIndex));
                    xml.WriteEndElement();
                }

                Text(xml, "summary", digest.Summary);
                // The body exactly as the digest page shows it (made safe once, when it was read); xml:base makes its
                // relative links ("../other-story/") resolve against the page, as they do there, not against the feed.
                xml.WriteStartElement("content");
                xml.WriteAttributeString("type", "html");
                xml.WriteAttributeString("xml", "base", null, page);
                digest.BodyHtml.Decode((chars, count) => xml.WriteChars(chars, 0, count));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
        });
    }

    /// <summary>The corrections feed: one entry per correction, newest first, linking to the correction on its digest's page.</summary>
    /// <param name="title">The feed's title; <paramref name="entryTitle"/> titles each entry from the corrected digest's title.</param>
    public static byte[] WriteCorrections(SiteSettings settings, SiteUrl url, IReadOnlyList<PublishedCorrection> corrections, string title, Func<string, string> entryTitle)
    {
        var entries = corrections.Take(EntryLimit).ToList();
        var updated = entries.Count == 0 ? (DateOnly?)null : entries.Max(c => c.Correction.Date);
        return Feed(settings, url, title, SitePaths.CorrectionsFeed, SitePaths.Corrections, updated, xml =>
        {
            foreach (var (digest, correction, number) in entries)
            {
                // The digest's URL with the correction's anchor: permanent, and unique per correction.
                var link = $"{url.Absolute(SitePaths.Digest(digest.Slug))}#correction-{number}";
                xml.WriteStartElement("entry");
                xml.WriteElementString("id", link);
                xml.WriteElementString("title", entryTitle(digest.Title));
                xml.WriteElementString("published", Timestamp(correction.Date));
                xml.WriteElementString("updated", Timestamp(correction.Date));
                Link(xml, "alternate", link, "text/html");
                Text(xml, "summary", correction.Note);
                xml.WriteEndElement();
            }
        });
    }

    private static byte[] Feed(SiteSettings settings, SiteUrl url, string title, string feedPath, string pagePath, DateOnly? updated, Action<XmlWriter> entries)
    {
        var buffer = t_buffer ??= new MemoryStream(256 * 1024);
        buffer.SetLength(0);
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("xml", "lang", null, settings.Language);
            xml.WriteElementString("id", url.Absolute(pagePath));
            xml.WriteElementString("title", title);
            xml.WriteElementString("subtitle", settings.Description);
            xml.WriteElementString("updated", Timestamp(updated ?? new DateOnly(2000, 1, 1)));
            Link(xml, "self", url.Absolute(feedPath), "application/atom+xml");
            Link(xml, "alternate", url.Absolute(pagePath), "text/html");
            xml.WriteStartElement("author");
            xml.WriteElementString("name", settings.Title);
            xml.WriteElementString("uri", url.Absolute(SitePaths.Home));
            xml.WriteEndElement();
            xml.WriteElementString("generator", "ArchiveSite");
            entries(xml);
            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    private static void Text(XmlWriter xml, string element, string text)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    // Digests carry dates, not times: midnight UTC keeps the feed stable between builds.
    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
