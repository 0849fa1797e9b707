using System.Text;
using ArchiveSite.Output;

namespace ArchiveSite.Tests.Output;

/// <summary>The CSV tables as a spreadsheet or a CSV reader sees them: every cell reads back as written, quoted only
/// where it must be, and a cell a spreadsheet would run as a formula is defused.</summary>
public class CsvWriterTests
{
    [Fact]
    public void Given_cells_with_separators_quotes_and_line_breaks_When_written_Then_only_those_are_quoted_and_each_reads_back()
    {
        string[] cells = ["plain", "a, b", "say \"hi\"", "two\nlines", "cr\rhere", "", "café – 東京 🙂"];

        var text = Write([cells]);

        Assert.Equal("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",,café – 東京 🙂\r\n", text);
        Assert.Equal(cells, CsvTable.Parse(text).Single());
    }

    [Fact]
    public void Given_a_cell_that_starts_like_a_formula_When_written_Then_an_apostrophe_defuses_it_inside_any_quotes()
    {
        var text = Write([["=SUM(A1)", "+1", "-2", "@x", "\tx", "=\"q\"", "a=b"]]);

        Assert.Equal("'=SUM(A1),'+1,'-2,'@x,'\tx,\"'=\"\"q\"\"\",a=b\r\n", text);
    }

    [Fact]
    public void Given_a_cell_longer_than_the_writer_buffer_When_written_Then_it_reads_back_whole()
    {
        var long1 = string.Concat(Enumerable.Repeat("é\"東🙂,", 20_000));
        string[][] rows = [["first", long1], [long1[..7], "last"]];

        Assert.Equal(rows, CsvTable.Parse(Write(rows)));
    }

    private static string Write(IEnumerable<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var csv = new CsvWriter(stream))
        {
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.Text(cell).EndCell();
                }

                csv.EndRow();
            }
        }

        return new UTF8Encoding(false, true).GetString(stream.ToArray());
    }
}
