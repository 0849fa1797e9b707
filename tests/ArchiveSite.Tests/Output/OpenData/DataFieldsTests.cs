using ArchiveSite.Input;
using ArchiveSite.Output;

namespace ArchiveSite.Tests.Output.OpenData;

/// <summary>How a front-matter key becomes a Table Schema column and a JSON Schema property: its kind picks the type,
/// its doc line is the description, and a list must name the separator its cell uses.</summary>
public class DataFieldsTests
{
    [Theory]
    [InlineData("text", "string", null)]
    [InlineData("date", "date", null)]
    [InlineData("http(s) URL", "string", "uri")]
    [InlineData("whole number", "integer", null)]
    [InlineData("true/false", "boolean", null)]
    [InlineData("story key", "string", null)]
    public void Given_a_kind_When_described_as_a_column_Then_it_has_its_Table_Schema_type(string kind, string type, string? format)
    {
        var field = DataFields.From(new FieldSpec("key", true, kind, "what belongs there"));

        Assert.Equal(new DataField("key", type, "what belongs there") { Format = format, Required = true }, field);
    }

    [Fact]
    public void Given_a_list_key_When_described_Then_only_List_describes_it_and_names_the_separator()
    {
        Assert.Throws<ArgumentException>(() => DataFields.From(DigestSchema.Tags));

        var field = DataFields.List(DigestSchema.Tags, "; ");

        Assert.Equal(("tags", "string", true), (field.Name, field.Type, field.Required));
        Assert.Equal(DigestSchema.Tags.Doc + ". Items are separated by '; '", field.Description);
    }

    [Fact]
    public void Given_a_kind_no_table_can_hold_When_described_Then_it_is_refused_rather_than_guessed()
    {
        Assert.Throws<ArgumentException>(() => DataFields.From(DigestSchema.Extra));
        Assert.Throws<ArgumentException>(() => DataFields.Json(DigestSchema.Extra));
    }

    [Fact]
    public void Given_a_date_key_When_described_as_JSON_Then_it_is_a_string_in_date_format_with_the_doc_line()
    {
        var json = DataFields.Json(DigestSchema.Date);

        Assert.Equal($$"""{"description":"{{DigestSchema.Date.Doc}}","type":"string","format":"date"}""", json.ToJsonString());
    }
}
