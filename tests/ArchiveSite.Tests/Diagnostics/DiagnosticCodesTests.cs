using ArchiveSite.Diagnostics;

namespace ArchiveSite.Tests.Diagnostics;

public class DiagnosticCodesTests
{
    [Fact]
    public void Every_code_is_unique_and_shaped_AS_and_four_digits()
    {
        var ids = DiagnosticCodes.All.Select(c => c.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches(@"^AS0[1-3]\d\d$", id));
    }

    [Fact]
    public void A_diagnostic_prints_as_path_line_column_severity_code_message()
    {
        var diagnostic = DiagnosticCodes.UnknownTag.At(new SourceLocation("input/digests/2024/x.md", 5, 8), "labr", "; did you mean 'labor'?");

        Assert.Equal("input/digests/2024/x.md:5:8: error AS0201: unknown tag 'labr'; did you mean 'labor'?", diagnostic.ToString());
    }

    [Fact]
    public void Diagnostics_come_back_sorted_by_file_then_position()
    {
        var bag = new DiagnosticBag();
        bag.Add(DiagnosticCodes.MissingFrontMatter, new SourceLocation("b.md", 1, 1));
        bag.Add(DiagnosticCodes.FutureDate, new SourceLocation("a.md", 9, 2), "date", "2030-01-01");
        bag.Add(DiagnosticCodes.SummaryRepeatsTitle, new SourceLocation("a.md", 3, 1));

        Assert.Equal(["a.md:3", "a.md:9", "b.md:1"], bag.ToSortedList().Select(d => $"{d.Location.Path}:{d.Location.Line}"));
        Assert.True(bag.HasErrors);
    }
}
