using ArchiveSite.Model;

namespace ArchiveSite.Rendering;

/// <summary>A digest's provenance as its page shows it (<c>theme/partials/dates.liquid</c>): when it was added to the
/// archive and when it last changed, each only when known, so the page never claims a date nobody recorded.</summary>
/// <param name="Added">ISO day of the first commit; null without git history.</param>
/// <param name="Changed">ISO day of the last change (<c>updated:</c>, else the last commit); null when neither is known.</param>
/// <param name="ShowChanged">Whether the page says when it last changed: not when that is the day it was added (or earlier, an
/// <c>updated:</c> older than the history), which would only repeat or contradict the added date.</param>
internal sealed record ProvenanceView(string? Added, string? AddedDisplay, string? Changed, string? ChangedDisplay, bool ShowChanged)
{
    public static ProvenanceView Of(Digest digest, ThemeLanguage language) => new(
        digest.Added is { } added ? SiteViews.Iso(added) : null,
        digest.Added is { } a ? language.LongDate(a) : null,
        digest.Changed is { } changed ? SiteViews.Iso(changed) : null,
        digest.Changed is { } c ? language.LongDate(c) : null,
        digest.Changed is { } last && (digest.Added is not { } first || last > first));
}

/// <summary>The provenance member of <see cref="DigestView"/>, declared here so the positional list stays as it was.</summary>
internal sealed partial record DigestView
{
    /// <summary><c>{{ d.provenance.added }}</c>, <c>{{ d.provenance.changed }}</c> and their display forms.</summary>
    public ProvenanceView Provenance { get; init; } = new(null, null, null, null, false);
}
