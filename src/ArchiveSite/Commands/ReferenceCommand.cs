using System.CommandLine;
using ArchiveSite.Authoring;
using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using ArchiveSite.Model;

namespace ArchiveSite.Cli.Commands;

/// <summary><c>archivesite reference</c> (hidden): prints the contributor reference, or rewrites its generated sections in CONTRIBUTING.md.</summary>
public static class ReferenceCommand
{
    public const string RegenerateHint = "dotnet run --project src/ArchiveSite -- reference --update CONTRIBUTING.md";

    public static Command Create()
    {
        var input = new Option<string>("--input", "-i") { Description = "The archive's content folder (its tags.yml lists the themes)", DefaultValueFactory = _ => "input" };
        var update = new Option<string?>("--update") { Description = "Rewrite the generated sections of this Markdown file in place" };
        var command = new Command("reference", "Print the front-matter, theme and diagnostic reference as Markdown") { input, update };
        command.Hidden = true;
        command.SetAction(result =>
        {
            var diagnostics = new DiagnosticBag();
            var sections = Sections(result.GetValue(input)!, diagnostics);
            if (diagnostics.HasErrors)
            {
                DiagnosticPrinter.Print(diagnostics.ToSortedList());
                return ExitCodes.ContentErrors;
            }

            if (result.GetValue(update) is not { } file)
            {
                foreach (var (name, text) in sections)
                {
                    Console.Write($"{MarkedSections.Begin(name)}\n{text}{MarkedSections.End(name)}\n\n");
                }

                return ExitCodes.Success;
            }

            return Update(file, sections);
        });
        return command;
    }

    /// <summary>Each generated section's name and Markdown: the schema, the themes in tags.yml, the story lines in stories.yml, the editorial rules in
    /// site.yml, the hard limits, the diagnostic codes.</summary>
    public static IReadOnlyList<(string Name, string Text)> Sections(string inputFolder, DiagnosticBag diagnostics)
    {
        var tags = Read(inputFolder, InputReader.TagsFile, TagReader.Read, diagnostics) ?? [];
        var stories = Read(inputFolder, InputReader.StoriesFile, StoryReader.Read, diagnostics, required: false) ?? [];
        var settings = Read(inputFolder, InputReader.SiteFile, SiteSettingsReader.Read, diagnostics);
        return
        [
            (SchemaReference.FrontMatterSection, SchemaReference.FrontMatter()),
            (SchemaReference.ThemesSection, SchemaReference.Themes(tags)),
            (SchemaReference.StoriesSection, SchemaReference.Stories(stories)),
            (SchemaReference.EditorialSection, SchemaReference.Editorial(settings?.Editorial ?? EditorialPolicy.Default)),
            (SchemaReference.LimitsSection, SchemaReference.LimitsTable()),
            (SchemaReference.DiagnosticsSection, SchemaReference.Diagnostics()),
        ];
    }

    private static T? Read<T>(string inputFolder, string name, Func<string, string, DiagnosticBag, T?> read, DiagnosticBag diagnostics, bool required = true)
        where T : class
    {
        var path = Path.GetFullPath(Path.Combine(inputFolder, name));
        if (File.Exists(path))
        {
            return read(File.ReadAllText(path), DisplayPath.Of(path), diagnostics);
        }

        if (required)
        {
            diagnostics.Add(DiagnosticCodes.MissingFile, SourceLocation.StartOf(DisplayPath.Of(path)), name);
        }

        return null;
    }

    private static int Update(string file, IReadOnlyList<(string Name, string Text)> sections)
    {
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"archivesite: '{file}' does not exist");
            return ExitCodes.UsageError;
        }

        var document = File.ReadAllText(file);
        foreach (var (name, text) in sections)
        {
            if (MarkedSections.Replace(document, name, text) is not { } updated)
            {
                Console.Error.WriteLine($"archivesite: '{file}' has no '{MarkedSections.Begin(name)}' ... '{MarkedSections.End(name)}' lines to fill");
                return ExitCodes.UsageError;
            }

            document = updated;
        }

        File.WriteAllText(file, document, new System.Text.UTF8Encoding(false));
        Console.Error.WriteLine($"Updated {sections.Count} generated sections in {file}.");
        return ExitCodes.Success;
    }
}
