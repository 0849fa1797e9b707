using ArchiveSite.Diagnostics;
using ArchiveSite.Pages;

namespace ArchiveSite.Cli.Serve;

/// <summary>What the preview server asks of a <see cref="SiteSession"/>; a seam, so a test can make an update or the
/// search fail and watch the server recover.</summary>
public interface IPreviewSession
{
    /// <summary>The site's URL helper as of the last update that planned pages, or null before that.</summary>
    SiteUrl? Url { get; }

    /// <inheritdoc cref="SiteSession.Update"/>
    BuildResult Update(IReadOnlyCollection<string>? touched, Action<WrittenFiles>? written);

    /// <inheritdoc cref="SiteSession.IndexSearch"/>
    IReadOnlyList<Diagnostic> IndexSearch();
}

/// <summary>The real preview session: a <see cref="SiteSession"/> over the options, addressed at the preview's origin.</summary>
public sealed class PreviewSession(BuildOptions options, Uri origin) : IPreviewSession
{
    private readonly SiteSession _session = new(options, origin);

    public SiteUrl? Url => _session.Url;

    public BuildResult Update(IReadOnlyCollection<string>? touched, Action<WrittenFiles>? written) => _session.Update(touched, written);

    public IReadOnlyList<Diagnostic> IndexSearch() => _session.IndexSearch();
}
