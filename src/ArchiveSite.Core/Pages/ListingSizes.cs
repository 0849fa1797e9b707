using ArchiveSite.Model;

namespace ArchiveSite.Pages;

/// <summary>How many entries a page of each kind of listing holds, from site.yml's <c>page_size</c>, so that every page
/// stays small however large the archive grows (about 150 KB of HTML at most at 10,000 digests and page_size 50).</summary>
internal static class ListingSizes
{
    /// <summary>A compact entry (a title and a date, or a name and a count) takes about a fifth of a card's bytes.</summary>
    public const int CompactPerCard = 5;

    /// <summary>Cards (title, date, themes, summary): theme, organisation and story pages, corrections, story lines.</summary>
    public static int Cards(SiteSettings settings) => settings.PageSize;

    /// <summary>Compact entries: the year archives and the organisation index.</summary>
    public static int Compact(SiteSettings settings) => settings.PageSize * CompactPerCard;
}
