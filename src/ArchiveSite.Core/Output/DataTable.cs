namespace ArchiveSite.Output;

/// <summary>One flat table of the open data: the CSV file in data/ and its entry in datapackage.json come from this one
/// definition, so a header and its description cannot differ.</summary>
/// <param name="Name">The resource name in datapackage.json; the file is <c>data/{Name}.csv</c>.</param>
/// <param name="Description">What one row is.</param>
/// <param name="WriteRows">Writes every row, made as the file is written: at 100,000 digests the tables are 100 MB of text.</param>
internal sealed record DataTable(string Name, string Title, string Description, IReadOnlyList<DataField> Fields, Action<CsvWriter> WriteRows)
{
    /// <summary>The columns that name one row; empty when rows have no key.</summary>
    public IReadOnlyList<string> PrimaryKey { get; init; } = [];

    public IReadOnlyList<DataReference> ForeignKeys { get; init; } = [];

    public string FileName => Name + ".csv";

    /// <summary>A table whose columns each write one value of an item: the header and every row from the same list.</summary>
    public static DataTable Of<T>(string name, string title, string description, IEnumerable<T> items, IReadOnlyList<DataColumn<T>> columns) =>
        new(name, title, description, [.. columns.Select(c => c.Field)], csv =>
        {
            foreach (var item in items)
            {
                foreach (var column in columns)
                {
                    column.Write(item, csv);
                    csv.EndCell();
                }

                csv.EndRow();
            }
        });

    /// <summary>Writes the table as CSV (<see cref="CsvWriter"/>), a header line first, into <paramref name="stream"/>.</summary>
    public void WriteCsv(Stream stream)
    {
        using var csv = new CsvWriter(stream);
        foreach (var field in Fields)
        {
            csv.Text(field.Name).EndCell();
        }

        csv.EndRow();
        WriteRows(csv);
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

/// <summary>A column and how it writes its cell for one item of the table's rows.</summary>
internal sealed record DataColumn<T>(DataField Field, Action<T, CsvWriter> Write)
{
    /// <summary>A column whose cell is one string the item already holds.</summary>
    public DataColumn(DataField field, Func<T, string> value)
        : this(field, (item, csv) => csv.Text(value(item)))
    {
    }
}

/// <summary>A foreign key: columns of one table whose values are the key of a row of another.</summary>
internal sealed record DataReference(IReadOnlyList<string> Fields, string Table, IReadOnlyList<string> TableFields);
