using ArchiveSite.Rendering;

namespace ArchiveSite.Tests.Rendering;

/// <summary>A page's fingerprint moves with any value its template receives, and only then.</summary>
public class ViewHasherTests
{
    private static readonly TagName Labour = new("labor", "Labour", "Work and workers.", "/tags/labor/", "/tags/labor/feed.xml");

    private static DigestCard Card(string title, string? language = null) =>
        new("a-digest", title, "/digests/a-digest/", "2024-05-02", "2 May 2024", 2024, "May", "A summary.", [Labour]) { Language = language };

    private static PageView Listing(params DigestCard[] cards) => new()
    {
        Kind = "tag",
        Title = "Labour",
        Description = "Work and workers.",
        Url = "/tags/labor/",
        CanonicalUrl = "https://example.org/tags/labor/",
        Digests = cards,
    };

    private static string Fingerprint(PageView page, ViewHasher? hasher = null) =>
        ViewFingerprint.OfPage(hasher ?? new ViewHasher(), "site", "tag", "tags/labor/index.html", page);

    [Fact]
    public void Given_equal_views_made_apart_When_fingerprinted_Then_the_fingerprints_are_equal()
    {
        Assert.Equal(Fingerprint(Listing(Card("A title"))), Fingerprint(Listing(Card("A title"))));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("language")]
    [InlineData("another card")]
    [InlineData("no cards")]
    [InlineData("title of the page")]
    public void Given_one_value_changed_anywhere_in_the_view_When_fingerprinted_Then_the_fingerprint_moves(string change)
    {
        var before = Listing(Card("A title"));
        var after = change switch
        {
            "title" => Listing(Card("Another title")),
            "language" => Listing(Card("A title", language: "fr")),
            "another card" => Listing(Card("A title"), Card("A title")),
            "no cards" => Listing(),
            _ => before with { Title = "Labour and work" },
        };

        Assert.NotEqual(Fingerprint(before), Fingerprint(after));
    }

    [Fact]
    public void Given_a_card_shown_on_many_pages_When_fingerprinted_with_one_hasher_Then_each_page_gets_the_fingerprint_a_fresh_hasher_gives()
    {
        var card = Card("A title");
        var hasher = new ViewHasher();
        var first = Fingerprint(Listing(card), hasher);
        var second = Fingerprint(Listing(card, Card("Another title")), hasher);

        Assert.Equal(Fingerprint(Listing(card)), first);
        Assert.Equal(Fingerprint(Listing(Card("A title"), Card("Another title"))), second);
    }

    [Fact]
    public void Given_a_free_form_value_of_another_shape_When_fingerprinted_Then_the_fingerprint_moves()
    {
        // extra: values are strings, lists or maps as YAML gave them; "a" and ["a"] are different values.
        string Of(object? value) => new ViewHasher().Hash(w => w.Value(new Dictionary<string, object?> { ["key"] = value }, typeof(IReadOnlyDictionary<string, object?>)));

        Assert.NotEqual(Of("a"), Of(new List<object?> { "a" }));
        Assert.NotEqual(Of(null), Of(""));
        Assert.Equal(Of(new List<object?> { "a" }), Of(new List<object?> { "a" }));
    }
}
