using System.Text;

namespace ArchiveSite.Tests.Output;

/// <summary>A strict RFC 4180 reader for the CSV files the site publishes: CRLF after every record, quotes only around
/// a whole field, a quote inside one doubled; anything else fails the test that reads it.</summary>
public static class CsvTable
{
    public static List<string[]> Read(string path) => Parse(File.ReadAllText(path, new UTF8Encoding(false, true)));

    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var i = 0;
        var fieldStart = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (fieldStart && c == '"')
            {
                for (i++; ; i++)
                {
                    Assert.True(i < text.Length, "a quoted field is not closed");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            cell.Append('"');
                            i++;
                            continue;
                        }

                        i++;
                        break;
                    }

                    cell.Append(text[i]);
                }

                Assert.True(i == text.Length || text[i] is ',' or '\r', $"text after a closing quote at {i}");
                fieldStart = false;
                continue;
            }

            fieldStart = false;
            switch (c)
            {
                case ',':
                    row.Add(cell.ToString());
                    cell.Clear();
                    fieldStart = true;
                    i++;
                    break;
                case '\r':
                    Assert.True(i + 1 < text.Length && text[i + 1] == '\n', $"a CR without LF at {i}");
                    row.Add(cell.ToString());
                    cell.Clear();
                    rows.Add([.. row]);
                    row.Clear();
                    fieldStart = true;
                    i += 2;
                    break;
                case '\n':
                    Assert.Fail($"a bare LF outside quotes at {i}");
                    break;
                case '"':
                    Assert.Fail($"a quote inside an unquoted field at {i}");
                    break;
                default:
                    cell.Append(c);
                    i++;
                    break;
            }
        }

        Assert.True(row.Count == 0 && cell.Length == 0, "the last record does not end with CRLF");
        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
        return rows;
    }
}
