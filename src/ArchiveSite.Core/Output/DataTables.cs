using ArchiveSite.Common;
using ArchiveSite.Input;
using ArchiveSite.Model;
using ArchiveSite.Pages;

namespace ArchiveSite.Output;

/// <summary>The archive as flat CSV tables in data/, each described in datapackage.json: digests (one row each, lists in
/// one cell, so it needs no join), their sources, themes, organisations and story lines, and the digest–theme and
/// digest–organisation pairs. Rows come in the archive's stable orders, so the same input gives the same bytes.</summary>
internal static class DataTables
{
    public const string Digests = "digests";
    public const string Sources = "sources";
    public const string Themes = "themes";
    public const string Organisations = "organisations";
    public const string Stories = "stories";
    public const string DigestThemes = "digest-themes";
    public const string DigestOrganisations = "digest-organisations";
    public const string ExternalIds = "external-ids";

    /// <summary>Every table, digests first.</summary>
    public static IReadOnlyList<DataTable> All(Archive archive, SiteUrl url) =>
        [DigestTable(archive, url), SourceTable(archive), ThemeTable(archive, url), OrganisationTable(archive, url), StoryTable(archive, url),
            DigestThemeTable(archive), DigestOrganisationTable(archive), ExternalIdTable(archive, url)];

    /// <summary>digests.csv: one row per published digest, newest first.</summary>
    public static DataTable DigestTable(Archive archive, SiteUrl url) => DataTable.Of<Digest>(
        Digests, "Digests", "One row per published digest, newest first; list columns hold their items in one cell, so this table needs no join",
        archive.Digests,
        [
            new(DataFields.From(DataFields.Slug), d => d.Slug),
            new(DataFields.From(DigestSchema.Date), (d, csv) => csv.Date(d.Date)),
            new(DataFields.From(DigestSchema.Updated), (d, csv) => Date(csv, d.Updated)),
            new(DataFields.From(DataFields.Added), (d, csv) => Date(csv, d.Added)),
            new(DataFields.From(DataFields.Changed), (d, csv) => Date(csv, d.Changed)),
            new(DataFields.From(DigestSchema.Title), d => d.Title),
            new(DataFields.From(DigestSchema.Summary), d => d.Summary),
            new(DataFields.List(DigestSchema.Tags, "; ", "one row per pair in digest-themes.csv"), (d, csv) => csv.Join("; ", d.Tags)),
            new(DataFields.List(DigestSchema.Entities, "; ", "names as input/entities.yml spells them, aliases resolved; one row per pair in digest-organisations.csv"),
                (d, csv) => csv.Join("; ", OrganisationsOf(archive, d).Select(e => e.Name))),
            new(DataFields.From(DataFields.DigestUrl), d => url.Absolute(SitePaths.Digest(d.Slug))),
            new(DataFields.List(DigestSchema.Sources, " | ", "each as 'outlet: title (published) url'; every key of every source is in sources.csv"),
                (d, csv) => SourceList(csv, d.Sources)),
            new(DataFields.From(DigestSchema.Story, "a key of stories.csv"), d => archive.StoryOf(d)?.Story.Key ?? ""),
            new(DataFields.From(DataFields.StoryTitle), d => archive.StoryOf(d)?.Story.Title ?? ""),
            new(DataFields.List(DigestSchema.Corrections, " | ", "each as 'date: note'"), (d, csv) => CorrectionList(csv, d.Corrections)),
            .. DigestSchema.ExternalIdFields.Select(f => new DataColumn<Digest>(DataFields.From(f, "one row per identifier in external-ids.csv"),
                d => ExternalIdIn(d, f.Key))),
            new(DataFields.From(DataFields.Language), d => d.Language ?? archive.Settings.Language), // last: the columns of earlier exports keep their places
        ]) with
    {
        PrimaryKey = [DataFields.Slug.Key],
        ForeignKeys = [new([DigestSchema.Story.Key], Stories, [DataFields.StoryKey.Key])],
    };

    private static DataTable SourceTable(Archive archive) => DataTable.Of<(Digest Digest, Source Source, int Position)>(
        Sources, "Sources",
        "One row per source a digest cites, in the digest's order. The titles, bylines and addresses identify the cited works; the rights in those works stay with their owners",
        SourcesOf(archive),
        [
            new(DataFields.From(DataFields.Digest), r => r.Digest.Slug),
            new(DataFields.From(DataFields.Position), (r, csv) => csv.Number(r.Position)),
            new(DataFields.From(DigestSchema.SourceOutlet), r => r.Source.Outlet),
            new(DataFields.From(DigestSchema.SourceTitle), r => r.Source.Title),
            new(DataFields.From(DigestSchema.SourceAuthor), r => r.Source.Author ?? ""),
            new(DataFields.From(DigestSchema.SourcePublished), (r, csv) => csv.Date(r.Source.Published)),
            new(DataFields.From(DigestSchema.SourceUrl), r => r.Source.Url?.AbsoluteUri ?? ""),
            new(DataFields.From(DigestSchema.SourceArchived), r => r.Source.Archived?.AbsoluteUri ?? ""),
            new(DataFields.From(DataFields.UrlKey), r => r.Source.Url is { } u ? SourceUrls.Key(u) : ""),
        ]) with
    {
        PrimaryKey = [DataFields.Digest.Key, DataFields.Position.Key],
        ForeignKeys = [DigestReference],
    };

    private static DataTable ThemeTable(Archive archive, SiteUrl url) => DataTable.Of<Tag>(
        Themes, "Themes", "One row per theme of input/tags.yml, in that file's order", archive.Tags,
        [
            new(DataFields.From(DataFields.ThemeKey), t => t.Key),
            new(DataFields.From(TaxonomyReader.Title), t => t.Title),
            new(DataFields.From(TaxonomyReader.Description), t => t.Description),
            new(DataFields.List(TaxonomyReader.Aliases, "; "), (t, csv) => csv.Join("; ", t.Aliases)),
            new(DataFields.From(DataFields.DigestCount), (t, csv) => csv.Number(archive.WithTag(t.Key).Count)),
            new(DataFields.From(DataFields.PageUrl), t => url.Absolute(SitePaths.Tag(t.Key))),
        ]) with
    {
        PrimaryKey = [DataFields.ThemeKey.Key],
    };

    private static DataTable OrganisationTable(Archive archive, SiteUrl url) => DataTable.Of<Entity>(
        Organisations, "Organisations", "One row per organisation or product a published digest names, by name", archive.Entities,
        [
            new(DataFields.From(DataFields.OrganisationSlug), e => e.Slug),
            new(DataFields.From(DataFields.OrganisationName), e => e.Name),
            new(DataFields.From(EntityReader.Description), e => e.Description ?? ""),
            new(DataFields.List(EntityReader.Aliases, "; "), (e, csv) => csv.Join("; ", e.Aliases)),
            new(DataFields.From(EntityReader.Url) with { Name = "website" }, e => e.Url?.AbsoluteUri ?? ""),
            new(DataFields.From(DataFields.DigestCount), (e, csv) => csv.Number(archive.WithEntity(e.Slug).Count)),
            new(DataFields.From(DataFields.PageUrl), e => url.Absolute(SitePaths.Entity(e.Slug))),
        ]) with
    {
        PrimaryKey = [DataFields.OrganisationSlug.Key],
    };

    private static DataTable StoryTable(Archive archive, SiteUrl url) => DataTable.Of<StoryLine>(
        Stories, "Story lines", "One row per story line of input/stories.yml with a published development, the most recently developed first", archive.Stories,
        [
            new(DataFields.From(DataFields.StoryKey), s => s.Story.Key),
            new(DataFields.From(TaxonomyReader.Title), s => s.Story.Title),
            new(DataFields.From(TaxonomyReader.Description), s => s.Story.Description),
            new(DataFields.List(TaxonomyReader.Aliases, "; "), (s, csv) => csv.Join("; ", s.Story.Aliases)),
            new(DataFields.From(DataFields.Developments), (s, csv) => csv.Number(s.Developments.Count)),
            new(DataFields.From(DataFields.First), (s, csv) => csv.Date(s.Developments[0].Date)),
            new(DataFields.From(DataFields.Last), (s, csv) => csv.Date(s.Developments[^1].Date)),
            new(DataFields.From(DataFields.PageUrl), s => url.Absolute(SitePaths.Story(s.Story.Key))),
        ]) with
    {
        PrimaryKey = [DataFields.StoryKey.Key],
    };

    private static DataTable DigestThemeTable(Archive archive) => DataTable.Of<(string Digest, string Theme)>(
        DigestThemes, "Digest–theme pairs", "One row per theme of each digest, in the digest's order",
        archive.Digests.SelectMany(d => d.Tags.Select(t => (d.Slug, t))),
        [new(DataFields.From(DataFields.Digest), p => p.Digest), new(DataFields.From(DataFields.Theme), p => p.Theme)]) with
    {
        PrimaryKey = [DataFields.Digest.Key, DataFields.Theme.Key],
        ForeignKeys = [DigestReference, new([DataFields.Theme.Key], Themes, [DataFields.ThemeKey.Key])],
    };

    private static DataTable DigestOrganisationTable(Archive archive) => DataTable.Of<(string Digest, string Organisation)>(
        DigestOrganisations, "Digest–organisation pairs", "One row per organisation each digest names, in the digest's order",
        archive.Digests.SelectMany(d => OrganisationsOf(archive, d).Select(e => (d.Slug, e.Slug))),
        [new(DataFields.From(DataFields.Digest), p => p.Digest), new(DataFields.From(DataFields.Organisation), p => p.Organisation)]) with
    {
        PrimaryKey = [DataFields.Digest.Key, DataFields.Organisation.Key],
        ForeignKeys = [DigestReference, new([DataFields.Organisation.Key], Organisations, [DataFields.OrganisationSlug.Key])],
    };

    private static DataTable ExternalIdTable(Archive archive, SiteUrl url) => DataTable.Of<(Digest Digest, ExternalId Id)>(
        ExternalIds, "Identifiers in other databases", "One row per identifier a digest gives in external_ids: by digest (newest first), then database",
        archive.Digests.SelectMany(d => d.ExternalIds.Select(x => (d, x))),
        [
            new(DataFields.From(DataFields.Digest), r => r.Digest.Slug),
            new(DataFields.From(DataFields.DigestUrl), r => url.Absolute(SitePaths.Digest(r.Digest.Slug))),
            new(DataFields.From(DataFields.Scheme), r => r.Id.Scheme.Key),
            new(DataFields.From(DataFields.ExternalId), r => r.Id.Value),
            new(DataFields.From(DataFields.ExternalLink), r => r.Id.Link.AbsoluteUri),
        ]) with
    {
        PrimaryKey = [DataFields.Digest.Key, DataFields.Scheme.Key],
        ForeignKeys = [DigestReference],
    };

    private static DataReference DigestReference { get; } = new([DataFields.Digest.Key], Digests, [DataFields.Slug.Key]);

    // Two names of a digest can be aliases of one organisation: it is named once. A digest names a few, so the earlier
    // names are looked at again rather than kept in a set made for every digest.
    private static IEnumerable<Entity> OrganisationsOf(Archive archive, Digest digest)
    {
        var names = digest.Entities;
        for (var i = 0; i < names.Count; i++)
        {
            var entity = archive.EntityNamed(names[i]);
            var named = false;
            for (var j = 0; j < i && !named; j++)
            {
                named = archive.EntityNamed(names[j]).Slug == entity.Slug;
            }

            if (!named)
            {
                yield return entity;
            }
        }
    }

    private static string ExternalIdIn(Digest digest, string scheme)
    {
        foreach (var id in digest.ExternalIds)
        {
            if (id.Scheme.Key == scheme)
            {
                return id.Value;
            }
        }

        return "";
    }

    private static IEnumerable<(Digest Digest, Source Source, int Position)> SourcesOf(Archive archive)
    {
        foreach (var digest in archive.Digests)
        {
            for (var i = 0; i < digest.Sources.Count; i++)
            {
                yield return (digest, digest.Sources[i], i + 1);
            }
        }
    }

    // A date nobody recorded is an empty cell.
    private static void Date(CsvWriter csv, DateOnly? date)
    {
        if (date is { } known)
        {
            csv.Date(known);
        }
    }

    // Each as "outlet: title (published) url".
    private static void SourceList(CsvWriter csv, IReadOnlyList<Source> sources)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            if (i > 0)
            {
                csv.Text(" | ");
            }

            csv.Text(source.Outlet).Text(": ").Text(source.Title).Text(" (").Date(source.Published).Text(")");
            if (source.Url is { } address)
            {
                csv.Text(" ").Text(address.AbsoluteUri);
            }
        }
    }

    // Each as "date: note".
    private static void CorrectionList(CsvWriter csv, IReadOnlyList<Correction> corrections)
    {
        for (var i = 0; i < corrections.Count; i++)
        {
            if (i > 0)
            {
                csv.Text(" | ");
            }

            csv.Date(corrections[i].Date).Text(": ").Text(corrections[i].Note);
        }
    }
}
