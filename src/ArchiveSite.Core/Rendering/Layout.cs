using Fluid;

namespace ArchiveSite.Rendering;

/// <summary>A parsed theme layout and the layout it is wrapped in (its front matter's <c>layout:</c>), Jekyll style.</summary>
internal sealed record Layout(string Name, string Path, IFluidTemplate Template, string? Parent);
