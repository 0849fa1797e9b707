using System.Text.Encodings.Web;
using System.Text.Unicode;
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
            if (type.Assembly != typeof(PageView).Assembly || !found.Add(type))
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
}

/// <summary>What filters need from the build: the URL helper and the fingerprinted asset names.</summary>
internal sealed class RenderContext(SiteUrl url, IReadOnlyDictionary<string, string> assets)
{
    public SiteUrl Url { get; } = url;

    /// <summary>"site.css" → "/repo/assets/site.1a2b3c4d.css"; an unknown asset is a theme error.</summary>
    public string AssetUrl(string name) =>
        assets.TryGetValue(name, out var file)
            ? Url.Path(SitePaths.Assets + file)
            : throw new InvalidOperationException($"unknown theme asset '{name}'");
}
