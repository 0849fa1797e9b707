using System.Globalization;
using System.Text;
using ArchiveSite.Diagnostics;
using ArchiveSite.Pages;
using Fluid;

namespace ArchiveSite.Rendering;

/// <summary>Stage 4, render pages: each page through its layout and the layouts that wrap it, Jekyll style.</summary>
internal sealed class PageRenderer(Theme theme, SiteViews views, RenderContext renderContext)
{
    private const int MaxDepth = 10;

    // Two writers per rendering thread, reused page after page: each buffer grows once to the largest page instead of
    // being grown from scratch (and garbage-collected) for each of thousands of pages. A layout renders into one while
    // reading the layout inside it from the other, so only the outermost layout's output becomes a string.
    [ThreadStatic]
    private static StringWriter?[]? t_writers;

    /// <summary>The renderer for one run over <paramref name="plan"/>: the theme, the views and what filters need.</summary>
    public static PageRenderer For(PagePlan plan, Theme theme, IReadOnlyDictionary<string, string> assets, bool search, ThemeLanguage language) =>
        new(theme, new SiteViews(plan, search, language), new RenderContext(plan.Url, assets, language));

    /// <summary>The <c>page</c> view of <paramref name="page"/>: what its template receives besides <c>site</c>.</summary>
    public PageView ViewOf(SitePage page) => PageViews.For(page, views);

    /// <summary>The <c>site</c> view, the same for every page.</summary>
    public SiteView Site => views.Site;

    /// <summary>Renders one page to HTML, or reports a diagnostic and returns null.</summary>
    /// <param name="view">The page's view, as <see cref="ViewOf"/> made it (a session fingerprints it before rendering).</param>
    /// <returns>The page, in this thread's render buffer: valid until the thread renders its next page (write it, then
    /// let it go). Not copied into a string: on a large archive that copy was a third of the stage's allocations.</returns>
    public ReadOnlyMemory<char>? Render(SitePage page, PageView view, DiagnosticBag diagnostics)
    {
        if (!theme.Layouts.TryGetValue(page.Layout, out var layout))
        {
            diagnostics.Add(DiagnosticCodes.MissingFile, SourceLocation.StartOf(theme.LayoutOrigin(page.Layout)), $"layout '{page.Layout}'");
            return null;
        }

        var context = new TemplateContext(theme.Options);
        context.AmbientValues[LiquidOptions.ContextKey] = renderContext;
        context.SetValue("site", views.Site);
        context.SetValue("page", view);
        var chain = new List<string>();
        var writers = t_writers ??= new StringWriter?[2];
        try
        {
            for (var current = layout; ; current = theme.Layouts[current.Parent])
            {
                var writer = writers[chain.Count % 2] ??= new StringWriter(new StringBuilder(InitialCapacity), CultureInfo.InvariantCulture);
                chain.Add(current.Name);
                RenderInto(writer, current.Template, context);
                if (current.Parent is null)
                {
                    return Contents(writer.GetStringBuilder());
                }

                context.SetValue("content", new RenderedContent(writer.GetStringBuilder()));
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

    /// <summary>Renders one page to a string (for callers that keep pages, like the stage benchmarks).</summary>
    public string? RenderToString(SitePage page, PageView view, DiagnosticBag diagnostics) => Render(page, view, diagnostics)?.ToString();

    // A buffer that grew past one chunk (a page larger than the initial capacity) is copied once; the next Clear
    // folds it into one chunk of the larger size, so this happens only for the first such page on a thread.
    private static ReadOnlyMemory<char> Contents(StringBuilder buffer)
    {
        ReadOnlyMemory<char> only = default;
        var chunks = 0;
        foreach (var chunk in buffer.GetChunks())
        {
            only = chunk;
            chunks++;
        }

        return chunks <= 1 ? only : buffer.ToString().AsMemory();
    }

    private static void RenderInto(StringWriter writer, IFluidTemplate template, TemplateContext context)
    {
        writer.GetStringBuilder().Clear();

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
    }

    private const int InitialCapacity = 64 * 1024;
}
