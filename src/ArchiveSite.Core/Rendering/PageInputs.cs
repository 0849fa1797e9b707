using System.Security.Cryptography;
using System.Text;
using ArchiveSite.Model;
using ArchiveSite.Pages;

namespace ArchiveSite.Rendering;

/// <summary>A fingerprint of everything a page's <c>site</c> and <c>page</c> views are made from: equal fingerprints render equal HTML.</summary>
/// <remarks>
/// A session re-renders only the pages whose fingerprint moved. It follows <see cref="PageViews"/> and
/// <see cref="SiteViews"/> member by member, over what a theme could read (not only what theme/ reads today): a digest
/// counts by its source fingerprint, and the site-wide part holds settings, themes with counts, plain-page links and
/// the theme itself. Whoever adds a member to a view adds it here (the session tests compare an edited session with a
/// full build, byte for byte).
/// </remarks>
public sealed class PageInputs
{
    private readonly PagePlan _plan;
    private readonly Func<Digest, string> _fingerprintOf;
    private readonly string _site;

    /// <param name="fingerprintOf">A digest's source fingerprint (content and path).</param>
    /// <param name="theme">A fingerprint of the theme: layouts, partials and fingerprinted assets.</param>
    public PageInputs(PagePlan plan, bool search, Func<Digest, string> fingerprintOf, string theme)
    {
        _plan = plan;
        _fingerprintOf = fingerprintOf;
        var archive = plan.Archive;
        var settings = archive.Settings;
        var site = new StringBuilder();
        Fields(site, theme, settings.Title, settings.Description, settings.BaseUrl.AbsoluteUri, settings.Language,
            settings.Repository?.AbsoluteUri, settings.Branch, $"{settings.PageSize}", search ? "search" : "no search");
        foreach (var tag in archive.Tags)
        {
            Fields(site, tag.Key, tag.Title, tag.Description, $"{archive.WithTag(tag.Key).Count}");
        }

        foreach (var page in archive.Pages)
        {
            Fields(site, page.Slug, page.Title);
        }

        _site = Hash(site);
    }

    /// <summary>The page's fingerprint.</summary>
    public string Of(SitePage page)
    {
        var archive = _plan.Archive;
        var key = new StringBuilder();
        Fields(key, _site, page.GetType().Name, page.Path, page.Layout, page.Title);
        switch (page)
        {
            case HomePage:
                Fields(key, $"{archive.Digests.Count}");
                Digests(key, archive.Digests.Take(archive.Settings.PageSize));
                break;
            case DigestPage d:
                Digests(key, [d.Digest]);
                foreach (var entity in d.Digest.Entities.Select(archive.EntityNamed).DistinctBy(e => e.Slug))
                {
                    Entity(key, entity);
                }

                Fields(key, "related");
                Digests(key, archive.RelatedTo(d.Digest));
                break;
            case TagPage t:
                Pagination(key, t.Pagination);
                break;
            case EntityIndexPage:
                foreach (var entity in archive.Entities)
                {
                    Entity(key, entity);
                }

                break;
            case EntityPage e:
                Entity(key, e.Entity);
                Pagination(key, e.Pagination);
                break;
            case ArchiveIndexPage or SearchPage:
                Digests(key, archive.Digests);
                break;
            case YearPage y:
                Digests(key, y.Year.Digests);
                break;
            case PlainPage p:
                Fields(key, p.Page.Description, p.Page.BodyHtml);
                break;
        }

        return Hash(key);
    }

    private void Digests(StringBuilder key, IEnumerable<Digest> digests)
    {
        foreach (var digest in digests)
        {
            Fields(key, _fingerprintOf(digest));
        }
    }

    private void Entity(StringBuilder key, Entity entity) =>
        Fields(key, entity.Name, entity.Slug, entity.Description, entity.Url?.AbsoluteUri, $"{_plan.Archive.WithEntity(entity.Slug).Count}");

    private void Pagination(StringBuilder key, Pagination pagination)
    {
        Fields(key, $"{pagination.Number}/{pagination.Count}", pagination.Previous, pagination.Next);
        Digests(key, pagination.Items);
    }

    // Length-prefixed, so that no two different sequences of fields read the same.
    private static void Fields(StringBuilder key, params ReadOnlySpan<string?> fields)
    {
        foreach (var field in fields)
        {
            (field is null ? key.Append('~') : key.Append(field.Length).Append(':').Append(field)).Append(';');
        }
    }

    private static string Hash(StringBuilder key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())), 0, 16);
}
