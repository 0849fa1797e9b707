namespace ArchiveSite.Tests.Cli;

/// <summary>Reads the rows of a GitHub-flavoured Markdown table under a heading, cell by cell, so tests assert on cells rather than on layout.</summary>
public static class MarkdownTable
{
    /// <summary>The body rows of the first table after the heading line starting with <paramref name="heading"/>.</summary>
    public static IReadOnlyList<string[]> Under(string markdown, string heading)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(heading, StringComparison.Ordinal));
        Assert.True(start >= 0, $"no heading '{heading}' in:\n{markdown}");
        var next = Array.FindIndex(lines, start + 1, l => l.StartsWith('#'));
        var section = lines[(start + 1)..(next < 0 ? lines.Length : next)];
        return [.. section.Where(l => l.StartsWith('|')).Skip(2).Select(Cells)];
    }

    // Splits on '|' except where escaped as '\|' inside a cell.
    private static string[] Cells(string row)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        for (var i = 1; i < row.Length; i++)
        {
            if (row[i] == '|' && row[i - 1] != '\\')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(row[i]);
            }
        }

        return [.. cells];
    }
}
