using System.Security.Cryptography;

namespace ArchiveSite.Output;

/// <summary>Copies the theme's assets into the site under content-hashed names, so browsers may cache them forever.</summary>
internal static class AssetFingerprints
{
    /// <summary>Copies every asset (the effective theme's, by path under assets/); returns "site.css" → "site.1a2b3c4d.css".</summary>
    public static IReadOnlyDictionary<string, string> Copy(IEnumerable<(string Name, byte[] Content)> assets, ISiteOutput staging, string assetsSitePath)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, bytes) in assets.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            var fingerprinted = Fingerprint(name, bytes);
            staging.Write(assetsSitePath + fingerprinted, bytes);
            names[name] = fingerprinted;
        }

        return names;
    }

    public static string Fingerprint(string name, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
        var extension = Path.GetExtension(name);
        return $"{name[..^extension.Length]}.{hash}{extension}";
    }
}
