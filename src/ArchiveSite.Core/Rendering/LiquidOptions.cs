using System.Text.Encodings.Web;
using System.Text.Unicode;
using ArchiveSite.Model;
using ArchiveSite.Pages;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;

namespace ArchiveSite.Rendering;

/// <summary>The one Fluid configuration: snake_case members of the view types, our filters, and HTML encoding on.</summary>
internal static class LiquidOptions
{
    /// <summary>Encodes every <c>{{ }}</c> output; keeps non-ASCII text (é, —, “”) as itself, unlike HtmlEncoder.Default.</summary>
    public static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The key under which a render's <see cref="RenderContext"/> is stored for filters.</summary>
    internal const string ContextKey = "archivesite";

    public static TemplateOptions Create(IFileProvider partials)
    {
        var options = new TemplateOptions { FileProvider = partials };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        foreach (var type in ViewTypes())
        {
            options.MemberAccessStrategy.Register(type);
        }

        options.MemberAccessStrategy.Register<ProvenanceView>(); // A digest's added and changed days (ProvenanceView.cs).

        options.Filters.AddFilter("relative_url", (input, _, context) =>
            new StringValue(Context(context).Url.Path(input.ToStringValue())));
        options.Filters.AddFilter("absolute_url", (input, _, context) =>
            new StringValue(Context(context).Url.Absolute(input.ToStringValue())));
        options.Filters.AddFilter("asset_url", (input, _, context) =>
            new StringValue(Context(context).AssetUrl(input.ToStringValue())));
        // A digest's body stays UTF-8 until it is written (Utf8HtmlValue); `raw` passes it on as it is instead of
        // making it a string first, and does what Liquid's own `raw` does with anything else.
        options.ValueConverters.Add(value => value is Utf8Html html ? new Utf8HtmlValue(html) : null);
        options.Filters.AddFilter("raw", (input, _, _) =>
            input is Utf8HtmlValue ? input : new StringValue(input.ToStringValue(), encode: false));

        options.Filters.AddFilter("t", (input, arguments, context) => Translate(Context(context).Language, input.ToStringValue(), arguments));

        // For script (assets/search.js), which fills the placeholders itself: one plural form unfilled, and a list's items.
        options.Filters.AddFilter("t_form", (input, arguments, context) =>
            new StringValue(Context(context).Language.Form(input.ToStringValue(), arguments.At(0).ToStringValue())));
        options.Filters.AddFilter("t_list", (input, _, context) =>
            new StringValue(string.Join(' ', Context(context).Language.List(input.ToStringValue()))));
        return options;
    }

    /// <summary>Every type a template can reach from <c>site</c> and <c>page</c>, found by walking their members: a view
    /// record added for a new page kind is readable by templates the day it exists, with no list to keep.</summary>
    internal static IReadOnlyCollection<Type> ViewTypes()
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>([typeof(SiteView), typeof(PageView)]);
        while (pending.TryPop(out var type))
        {
            // Utf8Html reaches templates as a value of its own (Utf8HtmlValue), not as an object with members.
            if (type.Assembly != typeof(PageView).Assembly || type == typeof(Utf8Html) || !found.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
            {
                var member = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                pending.Push(member);
                foreach (var argument in member.IsGenericType ? member.GetGenericArguments() : [])
                {
                    pending.Push(argument);
                }
            }
        }

        return found;
    }

    private static RenderContext Context(TemplateContext context) => (RenderContext)context.AmbientValues[ContextKey];

    /// <summary><c>{{ "nav.themes" | t }}</c>, <c>{{ "count.digests" | t: count: n }}</c>, <c>{{ "key" | t: a, b }}</c>: the
    /// language's text, each <c>{name}</c> (or <c>{0}</c>, <c>{1}</c> for unnamed arguments) filled in. The text is encoded
    /// here and so is each argument, except HTML the template made itself (a <c>capture</c>), so a translation can place a
    /// link or a date wherever its word order wants it.</summary>
    private static StringValue Translate(ThemeLanguage language, string key, FilterArguments arguments)
    {
        var named = arguments.Names.Any();
        var count = arguments.HasNamed("count") ? arguments["count"] : !named && arguments.Count > 0 ? arguments.At(0) : null;
        var template = language.Template(key, count is NumberValue n ? (long)n.ToNumberValue() : null);
        string? Argument(string name)
        {
            var value = arguments.HasNamed(name) ? arguments[name]
                : !named && int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) && i < arguments.Count ? arguments.At(i)
                : null;
            return value switch
            {
                null => null,
                StringValue { Encode: false } html => html.ToStringValue(),
                _ => Encoder.Encode(value.ToStringValue()),
            };
        }

        return new StringValue(ThemeLanguage.Fill(template, Argument, EncodeThemeText), encode: false);
    }

    // The theme's own words need only what HTML itself requires, in text and in double-quoted attributes (the theme's
    // quoting): an apostrophe stays one, as it was when the words were written in the templates.
    private static string EncodeThemeText(string text) =>
        text.AsSpan().IndexOfAny("&<>\"") < 0
            ? text
            : text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}

/// <summary>What filters need from the build: the URL helper, the fingerprinted asset names and the site's language.</summary>
internal sealed class RenderContext(SiteUrl url, IReadOnlyDictionary<string, string> assets, ThemeLanguage language)
{
    public SiteUrl Url { get; } = url;

    /// <summary>The theme's words in the site's language, for the <c>t</c> filter.</summary>
    public ThemeLanguage Language { get; } = language;

    /// <summary>"site.css" → "/repo/assets/site.1a2b3c4d.css"; an unknown asset is a theme error.</summary>
    public string AssetUrl(string name) =>
        assets.TryGetValue(name, out var file)
            ? Url.Path(SitePaths.Assets + file)
            : throw new InvalidOperationException($"unknown theme asset '{name}'");
}
