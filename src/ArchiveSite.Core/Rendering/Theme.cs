using System.Globalization;
using System.Text.RegularExpressions;
using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using Fluid;

namespace ArchiveSite.Rendering;

/// <summary>The theme folder: Liquid layouts parsed once, partials for include/render, and static assets.</summary>
internal sealed partial class Theme
{
    public const string LayoutsFolder = "layouts";
    public const string PartialsFolder = "partials";
    public const string AssetsFolder = "assets";

    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });

    private Theme(string root, IReadOnlyDictionary<string, Layout> layouts, TemplateOptions options)
    {
        Root = root;
        Layouts = layouts;
        Options = options;
    }

    public string Root { get; }

    public IReadOnlyDictionary<string, Layout> Layouts { get; }

    public TemplateOptions Options { get; }

    public string AssetsPath => Path.Combine(Root, AssetsFolder);

    /// <summary>Parses every layout in <paramref name="themeFolder"/>; reports syntax errors with their position.</summary>
    public static Theme? Load(string themeFolder, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(themeFolder);
        var layoutsFolder = Path.Combine(root, LayoutsFolder);
        if (!Directory.Exists(layoutsFolder))
        {
            diagnostics.Add(DiagnosticCodes.MissingFile, SourceLocation.StartOf(DisplayPath.Of(layoutsFolder)), "theme layouts folder");
            return null;
        }

        var layouts = new Dictionary<string, Layout>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(layoutsFolder, "*.liquid").Order(StringComparer.Ordinal))
        {
            if (Parse(file, diagnostics) is { } layout)
            {
                layouts[layout.Name] = layout;
            }
        }

        var partials = Path.Combine(root, PartialsFolder);
        var options = LiquidOptions.Create(ThemePartials.Load(partials));
        CheckPartials(partials, diagnostics);
        return diagnostics.HasErrors ? null : new Theme(root, layouts, options);
    }

    private static Layout? Parse(string file, DiagnosticBag diagnostics)
    {
        var display = DisplayPath.Of(file);
        var text = File.ReadAllText(file);
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
            diagnostics.Add(TemplateError(display, error, lineOffset));
            return null;
        }

        return new Layout(Path.GetFileNameWithoutExtension(file), display, template, string.IsNullOrEmpty(parent) ? null : parent);
    }

    private static void CheckPartials(string folder, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.liquid").Order(StringComparer.Ordinal))
        {
            if (!Parser.TryParse(File.ReadAllText(file), out _, out var error))
            {
                diagnostics.Add(TemplateError(DisplayPath.Of(file), error, 0));
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
