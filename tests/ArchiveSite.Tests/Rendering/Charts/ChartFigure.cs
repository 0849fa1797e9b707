using System.Text.RegularExpressions;
using System.Xml.Linq;
using HtmlAgilityPack;

namespace ArchiveSite.Tests.Rendering.Charts;

/// <summary>A page's year chart read back from its HTML: the bars the SVG draws and the numbers its table lists.</summary>
public sealed partial record ChartFigure(
    HtmlNode Figure, XElement Svg, IReadOnlyList<int> Years, IReadOnlyDictionary<string, IReadOnlyList<int>> Rows,
    IReadOnlyDictionary<string, IReadOnlyList<int>> Footer, IReadOnlyList<ChartFigure.Bar> Bars)
{
    /// <summary>One drawn rectangle: the series its tooltip names ("" for a plain chart), its year and count, where it is.</summary>
    public sealed record Bar(string Series, int Year, int Count, int Y, int Height);

    /// <summary>The chart of <paramref name="page"/>, or null when it has none.</summary>
    public static ChartFigure? Of(HtmlDocument page)
    {
        if (page.DocumentNode.SelectSingleNode("//main//figure[contains(@class,'chart')]") is not { } figure)
        {
            return null;
        }

        // The SVG as written must be well-formed XML on its own: read from the page's text by an XML parser, not by the
        // forgiving HTML one.
        var start = page.Text.IndexOf("<svg", figure.StreamPosition, StringComparison.Ordinal);
        var svg = XElement.Parse(page.Text[start..(page.Text.IndexOf("</svg>", start, StringComparison.Ordinal) + "</svg>".Length)]);
        var bars = svg.Descendants("rect").Select(r =>
        {
            var tooltip = Tooltip().Match(r.Element("title")!.Value);
            Assert.True(tooltip.Success, $"unexpected tooltip '{r.Element("title")!.Value}'");
            var (year, count) = (int.Parse(tooltip.Groups["year"].Value), int.Parse(tooltip.Groups["count"].Value));
            Assert.Equal(year, (int)r.Attribute("data-year")!);
            Assert.Equal(count, (int)r.Attribute("data-count")!);
            return new Bar(tooltip.Groups["series"].Value, year, count, (int)r.Attribute("y")!, (int)r.Attribute("height")!);
        }).ToList();

        var table = figure.One(".//details//table");
        var years = table.All("./thead/tr/th").Skip(1).SkipLast(1).Select(th => int.Parse(th.Text())).ToList();
        return new ChartFigure(figure, svg, years, RowsOf(table.All("./tbody/tr")), RowsOf(table.All("./tfoot/tr")), bars);
    }

    private static Dictionary<string, IReadOnlyList<int>> RowsOf(IEnumerable<HtmlNode> rows) =>
        rows.ToDictionary(r => r.One("./th[@scope='row']").Text(), r => (IReadOnlyList<int>)[.. r.All("./td").Select(td => int.Parse(td.Text()))]);

    [GeneratedRegex(@"^(?:(?<series>.+), )?(?<year>\d{4}): (?<count>\d+)$")]
    private static partial Regex Tooltip();
}
