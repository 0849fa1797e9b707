using System.Globalization;
using System.Text;
using ArchiveSite.Cli;
using FsCheck;
using FsCheck.Fluent;

namespace ArchiveSite.Tests.Robustness;

/// <summary>Property test: random text in every text field of a digest, an organisation, a theme and the file name;
/// the full build either fails with one-line diagnostics or writes a site with no executable markup (issue 10).</summary>
public class HostileFieldTests
{
    private static readonly string ArchiveFolder = Path.Combine(HostileCase.CorpusFolder, "archive");

    /// <summary>The text each field gets; title and summary keep their lengths in range so most cases reach the output.</summary>
    public sealed record Fields(string Title, string Summary, string Entity, string Outlet, string SourceTitle, string Author, string Body, string TagTitle, string FileName);

    [Fact]
    public void Given_random_text_in_every_field_and_the_file_name_When_built_Then_no_page_runs_script_and_every_diagnostic_is_one_line()
    {
        var text = HostileText.AnyText;
        var slug = Gen.Elements("hostile-fields", "écrivains-grève", "яндекс-2024", "百度");
        var fields =
            from title in text
            from summary in text
            from entity in text
            from outlet in text
            from sourceTitle in text
            from author in text
            from body in Gen.ListOf(text).Select(parts => string.Join(' ', parts))
            from tagTitle in text
            from fileName in Gen.Frequency((2, slug), (1, text))
            select new Fields("Hostile: " + title, summary + " summary", entity, outlet + "o", sourceTitle + "t", author, body, tagTitle + "t", fileName);

        Prop.ForAll(fields.ToArbitrary(), BuildsSafely).Check(HostileText.Seeded(40));
    }

    private static void BuildsSafely(Fields fields)
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(ArchiveFolder, "input");
        File.WriteAllText(Path.Combine(input, "tags.yml"), File.ReadAllText(Path.Combine(input, "tags.yml")).Replace("title: Labour", "title: " + Quoted(fields.TagTitle), StringComparison.Ordinal));
        // A file system holds bytes: '/' and NUL cannot be in a name, and a lone surrogate arrives as U+FFFD.
        var name = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(new string([.. fields.FileName.Where(c => c is not ('/' or '\0'))])));
        var file = Path.Combine(input, "digests", "2024", (name.Length == 0 ? "x" : name[..Math.Min(name.Length, 80)]) + ".md");
        File.WriteAllBytes(file, Encoding.UTF8.GetBytes(Digest(fields)));

        var result = SiteBuilds.Build(input, temp.Combine("output"));

        foreach (var diagnostic in result.Diagnostics)
        {
            // As the CLI prints it: Diagnostic.ToString() is the raw value, and the printers escape it (DiagnosticPrinter.Line).
            foreach (var line in new[] { DiagnosticPrinter.Line(diagnostic), DiagnosticPrinter.Annotation(diagnostic, workspace: null) })
            {
                Assert.False(line.Any(PrintedText.IsUnsafeInLog), "diagnostic is not one printable line: " + PrintedText.Escape(line));
            }
        }

        if (result.Succeeded)
        {
            var problems = SiteOutputSafety.Problems(temp.Combine("output"));
            Assert.True(problems.Count == 0, string.Join('\n', problems.Take(10)));
        }
    }

    private static string Digest(Fields f) => $"""
        ---
        title: {Quoted(f.Title)}
        date: 2024-11-26
        summary: {Quoted(f.Summary)}
        tags: [labor]
        entities: [{Quoted(f.Entity)}]
        sources:
          - outlet: {Quoted(f.Outlet)}
            title: {Quoted(f.SourceTitle)}
            author: {Quoted(f.Author)}
            published: 2024-11-28
        ---
        {f.Body}

        """;

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="text"/>, so the value reaches the model intact.</summary>
    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                quoted.Append(c).Append(text[++i]); // a valid pair stays as it is; only lone halves need an escape
                continue;
            }

            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) || char.IsSurrogate(c) || c is '\ufffe' or '\uffff' or '\ufeff' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
