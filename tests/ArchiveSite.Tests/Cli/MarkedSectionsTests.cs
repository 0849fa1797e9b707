using ArchiveSite.Cli;

namespace ArchiveSite.Tests.Cli;

public class MarkedSectionsTests
{
    private const string Document = "# Title\n\n<!-- generated:themes (from input/tags.yml) -->\nold table\n<!-- /generated:themes -->\n\nHand-written text.\n";

    [Fact]
    public void The_text_between_the_markers_is_the_section() =>
        Assert.Equal("old table\n", MarkedSections.Extract(Document, "themes"));

    [Fact]
    public void Replacing_a_section_leaves_the_markers_and_everything_else_as_it_was() =>
        Assert.Equal(
            "# Title\n\n<!-- generated:themes (from input/tags.yml) -->\n| new |\n<!-- /generated:themes -->\n\nHand-written text.\n",
            MarkedSections.Replace(Document, "themes", "| new |\n"));

    [Fact]
    public void A_section_without_both_markers_is_not_found()
    {
        Assert.Null(MarkedSections.Extract(Document, "diagnostics"));
        Assert.Null(MarkedSections.Replace("<!-- generated:themes -->\nno end\n", "themes", "x"));
    }
}
