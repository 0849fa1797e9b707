using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace ArchiveSite.Rendering;

/// <summary>An inner layout's output handed to the layout around it as <c>{{ content }}</c>, straight from the
/// buffer it was rendered into, written as it is (it is HTML we produced).</summary>
/// <remarks>Passing the buffer instead of a string saves a copy of every page's body per layout: tens of kilobytes
/// a page, hundreds of megabytes on a large archive. Valid only while its layout renders (the buffer is reused).</remarks>
internal sealed class RenderedContent(StringBuilder buffer) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => other is not null && other.ToStringValue() == ToStringValue();

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => buffer.ToString();

    public override object ToObjectValue() => ToStringValue();

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        foreach (var chunk in buffer.GetChunks())
        {
            writer.Write(chunk.Span);
        }

        return ValueTask.CompletedTask;
    }

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);
}
