namespace ArchiveSite.Model;

/// <summary>The rule for an archive's version name (site.yml's <c>version</c>, or the git tag being built): short and
/// printable, so it can stand in a footer, a file name or a citation field as it is.</summary>
public static class ArchiveVersion
{
    public const int MaxLength = 40;

    /// <summary>Why <paramref name="text"/> is not a usable version ("must be …"), or null when it is one (2026.12, v1.2.0, 1.0.0-rc.1).</summary>
    public static string? Problem(string text)
    {
        if (text.Length is 0 or > MaxLength)
        {
            return $"must be 1 to {MaxLength} characters long";
        }

        // ASCII letters, digits and . _ + - only: no spaces, slashes or braces that a citation format or path would have to escape.
        if (!char.IsAsciiLetterOrDigit(text[0]) || !text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '+' or '-'))
        {
            return "must start with a letter or digit and use only letters, digits and . _ + - (e.g. 2026.12 or v1.2.0)";
        }

        return null;
    }
}
