using System.Globalization;
using System.Text;
using System.Xml;
using ArchiveSite.Pages;

namespace ArchiveSite.Output;

/// <summary>sitemap.xml (sitemaps.org 0.9); beyond 50,000 URLs, numbered sitemaps under a sitemap index.</summary>
internal static class Sitemap
{
    public const int UrlLimit = 50_000;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>One entry: a page's absolute URL and the date its content last changed (or null).</summary>
    public readonly record struct Entry(string Location, DateOnly? LastModified);

    /// <summary>The files to write: "sitemap.xml", plus "sitemap-N.xml" when the site is large.</summary>
    public static IEnumerable<(string Path, byte[] Content)> Write(SiteUrl url, IReadOnlyList<Entry> entries)
    {
        if (entries.Count <= UrlLimit)
        {
            yield return (SitePaths.Sitemap, UrlSet(entries, 0, entries.Count));
            yield break;
        }

        // Parts by index rather than Chunk, which copies each part into an array of entries.
        var parts = (entries.Count + UrlLimit - 1) / UrlLimit;
        for (var i = 0; i < parts; i++)
        {
            yield return ($"sitemap-{i + 1}.xml", UrlSet(entries, i * UrlLimit, Math.Min(UrlLimit, entries.Count - (i * UrlLimit))));
        }

        yield return (SitePaths.Sitemap, Document(xml =>
        {
            xml.WriteStartElement("sitemapindex", Namespace);
            for (var i = 0; i < parts; i++)
            {
                xml.WriteStartElement("sitemap");
                xml.WriteElementString("loc", url.Absolute($"sitemap-{i + 1}.xml"));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }));
    }

    private static byte[] UrlSet(IReadOnlyList<Entry> entries, int start, int count) => Document(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        for (var i = start; i < start + count; i++)
        {
            var entry = entries[i];
            xml.WriteStartElement("url");
            // sitemaps.org wants URLs escaped: a slug like "café-owners" becomes "caf%C3%A9-owners".
            xml.WriteElementString("loc", new Uri(entry.Location).AbsoluteUri);
            if (entry.LastModified is { } date)
            {
                xml.WriteElementString("lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static byte[] Document(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            write(xml);
        }

        return buffer.ToArray();
    }
}
