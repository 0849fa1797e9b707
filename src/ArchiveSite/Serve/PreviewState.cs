using ArchiveSite.Diagnostics;

namespace ArchiveSite.Cli.Serve;

/// <summary>What requests see of the latest update: the site's base path, its diagnostics, and the internal error
/// (exception type and message) when the update or the search failed with one.</summary>
public sealed record PreviewState(string BasePath, IReadOnlyList<Diagnostic> Diagnostics, string? InternalError = null)
{
    /// <summary>True when pages show the error page instead of themselves.</summary>
    public bool Failed => InternalError is not null || Diagnostics.Any(d => d.IsError);

    /// <summary>True when both states would show the same error page (or none).</summary>
    public bool ShowsTheSameAs(PreviewState other) =>
        InternalError == other.InternalError && Diagnostics.SequenceEqual(other.Diagnostics);

    /// <summary>The page to show instead of every page while <see cref="Failed"/>.</summary>
    public string ErrorPage() =>
        InternalError is { } description ? Serve.ErrorPage.RenderInternalError(description) : Serve.ErrorPage.Render(Diagnostics);
}
