using System.Globalization;
using System.Text;
using ArchiveSite.Diagnostics;
using ArchiveSite.Pages;
using Fluid;
using Fluid.Values;

namespace ArchiveSite.Rendering;

/// <summary>Stage 4, render pages: each page through its layout and the layouts that wrap it, Jekyll style.</summary>
internal sealed class PageRenderer(Theme theme, SiteViews views, RenderContext renderContext)
{
    private const int MaxDepth = 10;

    // One writer per rendering thread, reused page after page: its buffer grows once to the largest page instead of
    // being grown from scratch (and garbage-collected) for each of thousands of pages.
    [ThreadStatic]
    private static StringWriter? t_writer;

    /// <summary>The renderer for one run over <paramref name="plan"/>: the theme, the views and what filters need.</summary>
    public static PageRenderer For(PagePlan plan, Theme theme, IReadOnlyDictionary<string, string> assets, bool search, ThemeLanguage language) =>
        new(theme, new SiteViews(plan, search, language), new RenderContext(plan.Url, assets, language));

    /// <summary>The <c>page</c> view of <paramref name="page"/>: what its template receives besides <c>site</c>.</summary>
    public PageView ViewOf(SitePage page) => PageViews.For(page, views);

    /// <summary>The <c>site</c> view, the same for every page.</summary>
    public SiteView Site => views.Site;

    /// <summary>Renders one page to HTML, or reports a diagnostic and returns null.</summary>
    /// <param name="view">The page's view, as <see cref="ViewOf"/> made it (a session fingerprints it before rendering).</param>
    public string? Render(SitePage page, PageView view, DiagnosticBag diagnostics)
    {
        if (!theme.Layouts.TryGetValue(page.Layout, out var layout))
        {
            diagnostics.Add(DiagnosticCodes.MissingFile, SourceLocation.StartOf(Path.Combine(theme.Root, Theme.LayoutsFolder, page.Layout + ".liquid")), $"layout '{page.Layout}'");
            return null;
        }

        var context = new TemplateContext(theme.Options);
        context.AmbientValues[LiquidOptions.ContextKey] = renderContext;
        context.SetValue("site", views.Site);
        context.SetValue("page", view);
        var chain = new List<string>();
        string? html = null;
        try
        {
            for (var current = layout; ; current = theme.Layouts[current.Parent])
            {
                chain.Add(current.Name);
                if (html is not null)
                {
                    context.SetValue("content", new StringValue(html, encode: false));
                }

                html = RenderToString(current.Template, context);
                if (current.Parent is null)
                {
                    return html;
                }

                if (chain.Count > MaxDepth || chain.Contains(current.Parent) || !theme.Layouts.ContainsKey(current.Parent))
                {
                    diagnostics.Add(DiagnosticCodes.LayoutCycle, SourceLocation.StartOf(current.Path), string.Join(" → ", chain.Append(current.Parent)));
                    return null;
                }
            }
        }
        catch (Exception e) when (e is FluidException or InvalidOperationException or ParseException)
        {
            diagnostics.Add(DiagnosticCodes.TemplateRender, SourceLocation.StartOf(theme.Layouts[chain[^1]].Path), chain[^1], page.Path.Length == 0 ? "/" : page.Path, e.Message);
            return null;
        }
    }

    private static string RenderToString(IFluidTemplate template, TemplateContext context)
    {
        var writer = t_writer ??= new StringWriter(new StringBuilder(InitialCapacity), CultureInfo.InvariantCulture);
        var buffer = writer.GetStringBuilder();
        buffer.Clear();

        // As Fluid's own Render does: each layout's assignments stay in its own scope.
        context.EnterChildScope();
        try
        {
            var rendering = template.RenderAsync(writer, LiquidOptions.Encoder, context);
            if (!rendering.IsCompletedSuccessfully)
            {
                rendering.AsTask().GetAwaiter().GetResult();
            }
        }
        finally
        {
            context.ReleaseScope();
        }

        return buffer.ToString();
    }

    private const int InitialCapacity = 64 * 1024;
}
