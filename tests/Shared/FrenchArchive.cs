namespace ArchiveSite.Tests;

/// <summary>The minimal fixture archive as a French site (<c>language: fr</c>), with one digest written in English
/// (<c>language: en</c>): the Sora leak, which has a correction, a story line and sources.</summary>
public static class FrenchArchive
{
    /// <summary>The slug of the digest that declares <c>language: en</c>.</summary>
    public const string EnglishDigest = "sora-leak";

    /// <summary>Copies the fixture into <paramref name="temp"/> and makes it French; returns the input folder.</summary>
    public static string Create(TempFolder temp)
    {
        var input = temp.CopyFrom(RepositoryPaths.Fixture("minimal"), "input-fr");
        var site = Path.Combine(input, "site.yml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("language: en", "language: fr", StringComparison.Ordinal));
        var digest = Path.Combine(input, "digests", "2024", EnglishDigest + ".md");
        File.WriteAllText(digest, File.ReadAllText(digest).Replace("\nstory: ", "\nlanguage: en\nstory: ", StringComparison.Ordinal));
        return input;
    }
}
