using System.Text;

namespace ArchiveSite.Output;

/// <summary>One flat table of the open data: the CSV file in data/ and its entry in datapackage.json come from this one
/// definition, so a header and its description cannot differ.</summary>
/// <param name="Name">The resource name in datapackage.json; the file is <c>data/{Name}.csv</c>.</param>
/// <param name="Description">What one row is.</param>
/// <param name="Rows">Made as the file is written, a row at a time: at 100,000 digests the tables are 100 MB of text.</param>
internal sealed record DataTable(string Name, string Title, string Description, IReadOnlyList<DataField> Fields, IEnumerable<string[]> Rows)
{
    /// <summary>The columns that name one row; empty when rows have no key.</summary>
    public IReadOnlyList<string> PrimaryKey { get; init; } = [];

    public IReadOnlyList<DataReference> ForeignKeys { get; init; } = [];

    public string FileName => Name + ".csv";

    /// <summary>A table whose columns each read one value from an item: the header and every row from the same list.</summary>
    public static DataTable Of<T>(string name, string title, string description, IEnumerable<T> items, IReadOnlyList<DataColumn<T>> columns) =>
        new(name, title, description, [.. columns.Select(c => c.Field)], items.Select(item => columns.Select(c => c.Value(item)).ToArray()));

    /// <summary>Writes the table as RFC 4180 CSV (CRLF, quoted where needed, UTF-8 without a byte-order mark), a header
    /// line first, into <paramref name="stream"/>.</summary>
    public void WriteCsv(Stream stream)
    {
        using var csv = new StreamWriter(stream, Utf8, BufferSize, leaveOpen: true);
        WriteLine(csv, Fields.Select(f => f.Name));
        foreach (var row in Rows)
        {
            WriteLine(csv, row);
        }
    }

    private const int BufferSize = 1 << 15;

    private static readonly UTF8Encoding Utf8 = new(false);

    private static void WriteLine(StreamWriter csv, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                csv.Write(',');
            }

            csv.Write(DataExport.Cell(cell));
            first = false;
        }

        csv.Write("\r\n");
    }
}

/// <summary>One column of a table: its header, Table Schema type and description.</summary>
/// <param name="Type">A Table Schema type: string, date, integer or boolean.</param>
internal sealed record DataField(string Name, string Type, string Description)
{
    /// <summary>A Table Schema format ("uri" for addresses), or null for the type's default.</summary>
    public string? Format { get; init; }

    /// <summary>Whether every row has a value here; an empty cell is a missing value.</summary>
    public bool Required { get; init; }
}

/// <summary>A column and how it reads its value from one item of the table's rows.</summary>
internal sealed record DataColumn<T>(DataField Field, Func<T, string> Value);

/// <summary>A foreign key: columns of one table whose values are the key of a row of another.</summary>
internal sealed record DataReference(IReadOnlyList<string> Fields, string Table, IReadOnlyList<string> TableFields);
