using System.Globalization;
using System.Reflection;
using System.Text;

namespace ArchiveSite.Authoring;

/// <summary>The new archive <c>init</c> writes: src/ArchiveSite/Starter/ (embedded in the tool) with the curator's title,
/// language and repository filled in, and a site.yml made from them.</summary>
/// <remarks>The starter files sit in the repository as the files they become, so a reviewer reads what a new archive
/// gets; <c>gitignore</c> and <c>github/</c> are stored without their leading dot, which would otherwise take effect here.</remarks>
public static class StarterArchive
{
    private const string Prefix = "starter/";

    /// <summary>What the new archive is called, written in, and where it lives on GitHub ("owner/name", or null).</summary>
    public sealed record Settings(string Title, string Language, string? Repository, DateOnly Today, string ToolVersion)
    {
        /// <summary>https://owner.github.io/name/ (https://owner.github.io/ for a repository named owner.github.io); an example address without a repository.</summary>
        public Uri BaseUrl => Repository?.Split('/') switch
        {
            [var owner, var name] when name.Equals($"{owner}.github.io", StringComparison.OrdinalIgnoreCase) => new Uri($"https://{owner.ToLowerInvariant()}.github.io/"),
            [var owner, var name] => new Uri($"https://{owner.ToLowerInvariant()}.github.io/{name}/"),
            _ => new Uri("https://example.org/"),
        };
    }

    /// <summary>Every file <see cref="Write"/> writes, by its path in the new archive, with its content.</summary>
    public static IReadOnlyList<(string Path, string Content)> Files(Settings settings)
    {
        var assembly = typeof(StarterArchive).Assembly;
        var files = new List<(string, string)> { ("input/site.yml", SiteYml(settings)) };
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            files.Add((Target(resource[Prefix.Length..].Replace('\\', '/'), settings), Fill(Read(assembly, resource), settings)));
        }

        return [.. files.OrderBy(f => f.Item1, StringComparer.Ordinal)];
    }

    /// <summary>Writes the archive into <paramref name="folder"/>, which the caller has checked is new or empty; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(string folder, Settings settings)
    {
        var written = new List<string>();
        foreach (var (path, content) in Files(settings))
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content, new UTF8Encoding(false));
            written.Add(full);
        }

        return written;
    }

    private static string Target(string name, Settings settings) => name switch
    {
        "gitignore" => ".gitignore",
        _ when name.StartsWith("github/", StringComparison.Ordinal) => "." + name,

        // Digests live in folders by year, as `new` files them.
        _ when name.StartsWith("input/digests/", StringComparison.Ordinal) =>
            $"input/digests/{settings.Today.Year.ToString("D4", CultureInfo.InvariantCulture)}/{name["input/digests/".Length..]}",
        _ => name,
    };

    private static string Fill(string text, Settings settings) => text
        .Replace("@@title@@", settings.Title, StringComparison.Ordinal)
        .Replace("@@date@@", settings.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("@@year@@", settings.Today.Year.ToString("D4", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("@@version@@", settings.ToolVersion, StringComparison.Ordinal);

    private static string SiteYml(Settings settings)
    {
        var text = new StringBuilder();
        text.AppendLine("# The archive's settings. base_url is the address the site is published at; its path is the base path every");
        text.AppendLine("# link gets. The Pages workflow passes the address GitHub reports instead, so a custom domain needs no change here.");
        text.AppendLine($"title: {Quoted(settings.Title)}");
        text.AppendLine("description: A curated news archive; each story summarised in our own words, with its sources.");
        text.AppendLine($"base_url: {settings.BaseUrl}");
        text.AppendLine($"language: {settings.Language}");
        if (settings.Repository is { } repository)
        {
            text.AppendLine("# For the \"suggest a correction\" link on every digest.");
            text.AppendLine($"repository: https://github.com/{repository}");
        }

        text.AppendLine("page_size: 20");
        text.AppendLine("# The archive's own editorial rules, enforced by `archivesite check` (each [min, max]); uncomment to use them.");
        text.AppendLine("# editorial:");
        text.AppendLine("#   themes: [1, 4]");
        text.AppendLine("#   sources: [2, 6]");
        text.AppendLine("#   body_words: [150, 800]");
        return text.ToString();
    }

    // A YAML double-quoted scalar: any title survives (colons, quotes, '#', a leading '-').
    private static string Quoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
