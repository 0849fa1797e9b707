using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace ArchiveSite.Tests.Robustness;

/// <summary>FsCheck generators for text a contributor could write by accident or on purpose, and the fixed-seed
/// configuration every property runs with, so CI sees the same cases every run.</summary>
public static class HostileText
{
    /// <summary>Fragments that change the state of YAML, Markdown, HTML, Liquid, XML or a terminal.</summary>
    private static readonly string[] Fragments =
    [
        "[", "]", "{", "}", "\"", "'", ":", ": ", "\t", "\n", "\r\n", "\r", "- ", "? ", "&a ", "*a", "!!", "!x ", "|", ">-",
        "#", "%", "@", "`", "\\", "---\n", "...\n", "<<: ", "\0", "\u0001", "\u001b[31m", "\u007f", "\u0085", "\u2028",
        "\u200b", "\u202e", "\ufeff", "\ufffe", "\ud800", "\udfff", "\ud83c\udfa8", "é", "Яндекс", "百度",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "</title>", "]]>",
        "{{ site.title }}", "{% raw %}", "&lt;", "&#x6A;avascript:", "<!--", "-->", "\n::error::x\n", "> ", "    ", "1. ",
    ];

    /// <summary>Same seed, same cases: a failure in CI reproduces on any machine.</summary>
    public static Config Seeded(int maxTest) =>
        Config.QuickThrowOnFailure
            .WithMaxTest(maxTest)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20241126UL, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));

    /// <summary>Any single UTF-16 code unit, lone surrogates included, weighted towards the troublesome ones.</summary>
    public static Gen<char> AnyChar { get; } = Gen.Frequency(
        (4, Gen.Choose(0x20, 0x7e).Select(i => (char)i)),
        (2, Gen.Choose(0, 0x1f).Select(i => (char)i)),
        (1, Gen.Choose(0x7f, 0x9f).Select(i => (char)i)),
        (1, Gen.Choose(0xd800, 0xdfff).Select(i => (char)i)),
        (2, Gen.Choose(0xa0, 0xffff).Select(i => (char)i)));

    /// <summary>A short string of fragments and random characters: a hostile field value or file name.</summary>
    public static Gen<string> AnyText { get; } =
        Gen.ListOf(Gen.Frequency((3, Gen.Elements(Fragments)), (2, AnyChar.Select(c => c.ToString()))))
            .Select(parts => string.Concat(parts.Take(12)));

    /// <summary>1-4 mutations of <paramref name="text"/>: truncation at any UTF-8 byte, insertion of a fragment or
    /// character at any position, deletion of a range, a duplicated line.</summary>
    public static Gen<string> Mutations(string text) =>
        Gen.Choose(1, 4).SelectMany(count => Mutate(text, count));

    private static Gen<string> Mutate(string text, int count) => count == 0
        ? Gen.Constant(text)
        : Gen.Frequency(
            (1, Truncate(text)),
            (5, Gen.Choose(0, text.Length).SelectMany(at => AnyText.Select(inserted => text.Insert(at, inserted)))),
            (2, Gen.Choose(0, text.Length).SelectMany(at => Gen.Choose(0, Math.Min(20, text.Length - at)).Select(n => text.Remove(at, n)))),
            (1, DuplicateLine(text)))
        .SelectMany(mutated => Mutate(mutated, count - 1));

    // By byte, not by character: a cut inside a multi-byte sequence is the truncation a failed upload leaves.
    private static Gen<string> Truncate(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Gen.Choose(0, bytes.Length).Select(at => Encoding.UTF8.GetString(bytes, 0, at));
    }

    private static Gen<string> DuplicateLine(string text)
    {
        var lines = text.Split('\n');
        return Gen.Choose(0, lines.Length - 1).Select(i => string.Join('\n', lines.Take(i + 1).Append(lines[i]).Concat(lines.Skip(i + 1))));
    }
}
