using System.Globalization;
using System.Text.RegularExpressions;
using ArchiveSite.Diagnostics;
using Fluid;

namespace ArchiveSite.Rendering;

/// <summary>The effective theme (<see cref="ThemeFiles"/>: built-in files overlaid by the site's): Liquid layouts parsed once,
/// partials for include/render, and static assets.</summary>
internal sealed partial class Theme
{
    public const string LayoutsFolder = "layouts";
    public const string PartialsFolder = "partials";
    public const string AssetsFolder = "assets";

    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });

    private Theme(ThemeFiles files, IReadOnlyDictionary<string, Layout> layouts, TemplateOptions options)
    {
        Files = files;
        Layouts = layouts;
        Options = options;
    }

    /// <summary>Every effective file of the theme, each with where it came from.</summary>
    public ThemeFiles Files { get; }

    public IReadOnlyDictionary<string, Layout> Layouts { get; }

    public TemplateOptions Options { get; }

    /// <summary>The files under assets/, by their path inside it ("site.css").</summary>
    public IEnumerable<(string Name, byte[] Content)> Assets =>
        Files.In(AssetsFolder, recursive: true).Select(f => (f.Name[(AssetsFolder.Length + 1)..], f.Content));

    /// <summary>The built-in theme overlaid by <paramref name="siteFolder"/>'s files (which need not exist), parsed.</summary>
    public static Theme? Load(string siteFolder, DiagnosticBag diagnostics) => Load(ThemeFiles.Load(siteFolder, diagnostics), diagnostics);

    /// <summary>Parses every layout and partial of <paramref name="files"/>; reports syntax errors at the file they are in (an override's own path).</summary>
    public static Theme? Load(ThemeFiles files, DiagnosticBag diagnostics)
    {
        var layouts = new Dictionary<string, Layout>(StringComparer.Ordinal);
        foreach (var file in Liquid(files.In(LayoutsFolder)))
        {
            if (Parse(file, diagnostics) is { } layout)
            {
                layouts[layout.Name] = layout;
            }
        }

        var partials = files.In(PartialsFolder).ToList();
        var options = LiquidOptions.Create(ThemePartials.Load(partials));
        CheckPartials(Liquid(partials), diagnostics);
        return diagnostics.HasErrors ? null : new Theme(files, layouts, options);
    }

    /// <summary>Where a layout is, or would be, for a diagnostic: its file when the theme has it, else the path a site would add it at.</summary>
    public string LayoutOrigin(string layout) =>
        Files.Get($"{LayoutsFolder}/{layout}.liquid")?.Origin ?? $"{LayoutsFolder}/{layout}.liquid";

    private static IEnumerable<ThemeFile> Liquid(IEnumerable<ThemeFile> files) => files.Where(f => f.Name.EndsWith(".liquid", StringComparison.Ordinal));

    private static Layout? Parse(ThemeFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        string? parent = null;
        var lineOffset = 0;
        var match = LayoutFrontMatter().Match(text);
        if (match.Success)
        {
            parent = match.Groups["parent"].Success ? match.Groups["parent"].Value.Trim('"', '\'', ' ') : null;
            lineOffset = match.Value.Count(c => c == '\n');
            text = text[match.Length..];
        }

        if (!Parser.TryParse(text, out var template, out var error))
        {
            diagnostics.Add(TemplateError(file.Origin, error, lineOffset));
            return null;
        }

        var name = Path.GetFileNameWithoutExtension(file.Name);
        return new Layout(name, file.Origin, template, string.IsNullOrEmpty(parent) ? null : parent);
    }

    private static void CheckPartials(IEnumerable<ThemeFile> files, DiagnosticBag diagnostics)
    {
        foreach (var file in files)
        {
            if (!Parser.TryParse(file.Text, out _, out var error))
            {
                diagnostics.Add(TemplateError(file.Origin, error, 0));
            }
        }
    }

    // Fluid reports positions as "(line:column)" inside its message.
    private static Diagnostic TemplateError(string path, string error, int lineOffset)
    {
        var position = ErrorPosition().Match(error);
        var location = position.Success
            ? new SourceLocation(path, int.Parse(position.Groups[1].Value, CultureInfo.InvariantCulture) + lineOffset, int.Parse(position.Groups[2].Value, CultureInfo.InvariantCulture))
            : SourceLocation.StartOf(path);
        return DiagnosticCodes.TemplateSyntax.At(location, error);
    }

    [GeneratedRegex(@"\A---\r?\n(?:layout:\s*(?<parent>[^\r\n]*)\r?\n)?---\r?\n")]
    private static partial Regex LayoutFrontMatter();

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex ErrorPosition();
}
