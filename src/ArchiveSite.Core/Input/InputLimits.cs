namespace ArchiveSite.Input;

/// <summary>The hard limits of one input file, set once: generous enough that a real archive never meets them, tight
/// enough that no file can make a build slow, deep or huge. Each is a documented diagnostic (CONTRIBUTING.md lists them).</summary>
/// <remarks>Editorial rules (how many themes a digest should have, how long its body should be) are not here: they are
/// the archive's own policy. These are the walls behind them, the same for every archive.</remarks>
public static class InputLimits
{
    /// <summary>Bytes in one input file (a long digest is about 10 KB).</summary>
    public const int FileBytes = 1024 * 1024;

    /// <summary>Characters on one line of an input file.</summary>
    public const int LineLength = 10_000;

    /// <summary>YAML aliases (<c>*name</c>) in one file's front matter or data file.</summary>
    public const int YamlAliases = 100;

    /// <summary>YAML nodes once every alias is expanded: stops "billion laughs" expansion.</summary>
    public const int YamlExpandedNodes = 100_000;

    /// <summary>Nesting depth of YAML collections (maps and lists inside each other).</summary>
    public const int YamlDepth = 32;

    /// <summary>Nesting depth of Markdown blocks (quotes, lists) in a body; Markdig itself gives up at 128.</summary>
    public const int MarkdownDepth = 32;

    /// <summary>Themes on one digest. Above DESIGN.md's 1–6, which is the default editorial rule: the wall must leave an
    /// archive room to choose its own (site.yml's <c>editorial.themes</c> may go up to this).</summary>
    public const int Themes = 20;

    /// <summary>Organisations on one digest.</summary>
    public const int Organisations = 50;

    /// <summary>Sources on one digest.</summary>
    public const int Sources = 50;

    /// <summary>Public corrections on one digest.</summary>
    public const int Corrections = 50;
}
