using System.Text.Json.Nodes;
using ArchiveSite.Common;
using ArchiveSite.Model;
using ArchiveSite.Pages;

namespace ArchiveSite.Output;

/// <summary>data/lookup.json: each cited article's key (<see cref="SourceUrls.Key"/>) → the digests that cite it, so a
/// newsroom's page can show "Covered in" with one fetch (the about page documents the snippet).</summary>
/// <remarks>Compact, not indented: it is read by scripts, and it grows with every source.</remarks>
internal static class SourceLookup
{
    public static byte[] Write(Archive archive, SiteUrl url)
    {
        var citing = new SortedDictionary<string, List<Digest>>(StringComparer.Ordinal);
        foreach (var digest in archive.Digests)
        {
            foreach (var source in digest.Sources)
            {
                if (source.Url is { } address)
                {
                    var key = SourceUrls.Key(address);
                    if (!citing.TryGetValue(key, out var digests))
                    {
                        citing[key] = digests = [];
                    }

                    // A digest that cites one article twice (with and without www.) is listed once; digests stay newest first.
                    if (digests.Count == 0 || digests[^1].Slug != digest.Slug)
                    {
                        digests.Add(digest);
                    }
                }
            }
        }

        var sources = new JsonObject();
        foreach (var (key, digests) in citing)
        {
            sources[key] = new JsonArray([.. digests.Select(d => new JsonObject
            {
                ["slug"] = d.Slug,
                ["title"] = d.Title,
                ["url"] = url.Absolute(SitePaths.Digest(d.Slug)),
            })]);
        }

        return JsonBytes.Of(
            new JsonObject
            {
                ["title"] = archive.Settings.Title,
                ["url"] = url.Absolute(SitePaths.Home),
                ["key"] = SourceUrls.Rule,
                ["sources"] = sources,
            },
            indented: false);
    }
}
