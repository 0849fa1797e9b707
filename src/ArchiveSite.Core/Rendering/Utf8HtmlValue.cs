using System.Globalization;
using System.Text.Encodings.Web;
using ArchiveSite.Model;
using Fluid.Values;

namespace ArchiveSite.Rendering;

/// <summary>A digest's body as templates see it: written as it is (it is HTML we produced, like <c>| raw</c> output),
/// decoded from its UTF-8 straight into the page, never made into a string for the page.</summary>
internal sealed class Utf8HtmlValue(Utf8Html html) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => other is Utf8HtmlValue same ? same.Html.Equals(Html) : other is not null && other.ToStringValue() == ToStringValue();

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => Html.ToString();

    public override object ToObjectValue() => ToStringValue();

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        Html.WriteTo(writer);
        return ValueTask.CompletedTask;
    }

    /// <summary>The body this value writes.</summary>
    public Utf8Html Html { get; } = html;

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => Html.GetHashCode();
}
