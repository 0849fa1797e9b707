using System.Security.Cryptography;

namespace ArchiveSite.Output;

/// <summary>Copies theme assets into the site under content-hashed names, so browsers may cache them forever.</summary>
internal static class AssetFingerprints
{
    /// <summary>Copies every file under <paramref name="assetsFolder"/>; returns "site.css" → "site.1a2b3c4d.css".</summary>
    public static IReadOnlyDictionary<string, string> Copy(string assetsFolder, ISiteOutput staging, string assetsSitePath)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(assetsFolder))
        {
            return names;
        }

        foreach (var file in Directory.EnumerateFiles(assetsFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(assetsFolder, file).Replace(Path.DirectorySeparatorChar, '/');
            var bytes = File.ReadAllBytes(file);
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
