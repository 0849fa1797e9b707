using System.Text;

namespace ArchiveSite.Rendering;

/// <summary>One file of the effective theme: its bytes and where they were read from.</summary>
/// <param name="Name">The file's path inside the theme, with '/' ("partials/footer.liquid"); the same for a built-in file and its override.</param>
/// <param name="Origin">What diagnostics print for it: the override's path, or <see cref="BuiltInTheme.Origin"/> for a built-in file.</param>
/// <param name="FromSite">True when the site's theme folder holds it (an override, or a file the built-in theme does not have).</param>
internal sealed record ThemeFile(string Name, byte[] Content, string Origin, bool FromSite)
{
    /// <summary>The content as UTF-8 text, without a byte-order mark (as File.ReadAllText would read it).</summary>
    public string Text => Encoding.UTF8.GetString(Content.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Content.AsSpan(Encoding.UTF8.Preamble.Length) : Content);
}
