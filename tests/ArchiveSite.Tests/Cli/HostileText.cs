using FsCheck;
using FsCheck.Fluent;

namespace ArchiveSite.Tests.Cli;

/// <summary>Random strings weighted towards what breaks printed lines: line breaks, escape sequences, workflow-command
/// syntax, Spectre markup, percent signs, lone surrogates, other scripts, and any UTF-16 code unit at all.</summary>
public static class HostileText
{
    private static readonly string[] Pieces =
    [
        "\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\u000b", "\u000c", "\0", "\t", "\u001b[2J", "\u001b]8;;http://x\u001b\\",
        "::", "::error file=x.md,line=1::boom", "::stop-commands::token", "##[", "##[error]x", "##[add-mask]", "  ", "\u00a0", "\u3000",
        "%", "%0A", "%25", ":", ",", "=", "[", "]", "[red]", "[/]", "|", "<", "<script>", ">", "&", "\\", "`",
        "\ud800", "\udc00", "😀", "Яндекс", "百度", "\u202e", "\ufeff", "\uffff", "input/digests/", ".md",
    ];

    /// <summary>A string of up to 12 pieces, each a hostile piece, a few ASCII letters, or one random code unit.</summary>
    public static Gen<string> Strings { get; } =
        Gen.OneOf(
                Gen.Elements(Pieces),
                Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789-_/. ".Select(c => c.ToString())).ArrayOf().Select(string.Concat),
                Gen.Choose(0, char.MaxValue).Select(c => ((char)c).ToString()))
            .ArrayOf()
            .Select(parts => string.Concat(parts.Take(12)));
}
