using System.Text;
using ArchiveSite.Common;
using ArchiveSite.Input;
using HtmlAgilityPack;

namespace ArchiveSite.Tests.Output.OpenData;

/// <summary>The sample archive's documented dataset: datapackage.json valid to Frictionless' own library with every
/// table read against its schema, headers equal to the described fields, digests.json valid to its JSON Schema (Ajv),
/// the licence from site.yml, and a lookup entry for every cited address.</summary>
public class OpenDataTests(SampleData sample) : IClassFixture<SampleData>
{
    [Fact]
    public void Given_the_sample_When_Frictionless_loads_the_package_Then_it_is_a_valid_tabular_package_and_every_table_reads_against_its_schema()
    {
        var package = sample.Report.GetProperty("package");

        Assert.Equal("", OpenDataCheck.Problems(sample.Report));
        Assert.True(package.GetProperty("valid").GetBoolean());
        Assert.Equal("tabular-data-package", package.GetProperty("profile").GetString());
        Assert.Equal(
            ["digests", "sources", "themes", "organisations", "stories", "digest-themes", "digest-organisations", "external-ids"],
            package.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.All(package.GetProperty("resources").EnumerateArray(), r => Assert.True(r.GetProperty("rows").GetInt32() > 0, r.GetProperty("name").GetString()));
    }

    [Fact]
    public void Given_each_table_When_its_CSV_header_is_read_Then_it_equals_the_fields_the_descriptor_lists()
    {
        foreach (var resource in sample.Json("datapackage.json").GetProperty("resources").EnumerateArray())
        {
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
            var text = File.ReadAllText(Path.Combine(sample.Data, resource.GetProperty("path").GetString()!), Encoding.UTF8);
            var header = text[..text.IndexOf("\r\n", StringComparison.Ordinal)];

            Assert.DoesNotContain('"', header);
            Assert.Equal(fields, header.Split(','));
        }

        // And as Frictionless read them.
        Assert.All(sample.Report.GetProperty("package").GetProperty("resources").EnumerateArray(), r =>
            Assert.Equal(
                r.GetProperty("fields").EnumerateArray().Select(f => f.GetString()),
                r.GetProperty("headers").EnumerateArray().Select(h => h.GetString())));
    }

    [Fact]
    public void Given_the_data_folder_When_listed_Then_every_CSV_file_is_a_table_of_the_package()
    {
        var described = sample.Json("datapackage.json").GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("path").GetString()).Order(StringComparer.Ordinal);

        Assert.Equal(described, Directory.EnumerateFiles(sample.Data, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Given_digests_csv_When_read_Then_it_keeps_the_columns_of_the_earlier_export_first()
    {
        var header = File.ReadLines(Path.Combine(sample.Data, "digests.csv")).First();

        Assert.StartsWith("slug,date,updated,added,changed,title,summary,tags,entities,url,sources,story,story_title,corrections,aiid,aiaaic,oecd_aim", header, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_digests_json_When_Ajv_validates_it_against_digests_schema_json_Then_it_is_valid()
    {
        var json = sample.Report.GetProperty("json");

        Assert.Equal([], json.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
        Assert.True(json.GetProperty("valid").GetBoolean());
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", sample.Json("digests.schema.json").GetProperty("$schema").GetString());
    }

    [Fact]
    public void Given_the_descriptor_and_the_schema_When_read_Then_each_described_key_says_what_the_front_matter_schema_says()
    {
        var resources = sample.Json("datapackage.json").GetProperty("resources").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        string Field(string table, string name) => resources[table].GetProperty("schema").GetProperty("fields").EnumerateArray()
            .Single(f => f.GetProperty("name").GetString() == name).GetProperty("description").GetString()!;

        Assert.Equal(DigestSchema.Title.Doc, Field("digests", "title"));
        Assert.Equal(DigestSchema.Date.Doc, Field("digests", "date"));
        Assert.StartsWith(DigestSchema.Tags.Doc, Field("digests", "tags"), StringComparison.Ordinal);
        Assert.EndsWith("items are separated by '; '", Field("digests", "tags"), StringComparison.Ordinal);
        Assert.Equal(DigestSchema.SourceOutlet.Doc, Field("sources", "outlet"));
        Assert.Equal(DigestSchema.SourceUrl.Doc, Field("sources", "url"));

        var digest = sample.Json("digests.schema.json").GetProperty("$defs").GetProperty("digest").GetProperty("properties");
        Assert.Equal(DigestSchema.Summary.Doc, digest.GetProperty("summary").GetProperty("description").GetString());
        Assert.Equal(DigestSchema.SummaryMax, digest.GetProperty("summary").GetProperty("maxLength").GetInt32());
    }

    [Fact]
    public void Given_the_sample_licence_in_site_yml_When_built_Then_the_descriptor_and_the_footer_state_it_and_the_sources_rights()
    {
        var package = sample.Json("datapackage.json");

        var license = Assert.Single(package.GetProperty("licenses").EnumerateArray());
        Assert.Equal(
            ("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/", "Creative Commons Attribution 4.0 International"),
            (license.GetProperty("name").GetString(), license.GetProperty("path").GetString(), license.GetProperty("title").GetString()));
        Assert.Contains("the rights in those works stay with their owners", package.GetProperty("description").GetString()!, StringComparison.Ordinal);
        Assert.Contains("stay with their owners", package.GetProperty("resources")[1].GetProperty("description").GetString()!, StringComparison.Ordinal);

        var home = new HtmlDocument();
        home.Load(Path.Combine(sample.Site, "index.html"));
        var link = home.DocumentNode.One("//footer//a[@rel='license']");
        Assert.Equal(("https://creativecommons.org/licenses/by/4.0/", "Creative Commons Attribution 4.0 International"), (link.GetAttributeValue("href", ""), link.InnerText));
        Assert.Contains("stay with their owners", link.ParentNode!.InnerText, StringComparison.Ordinal);
        Assert.NotNull(home.DocumentNode.SelectSingleNode("//footer//a[@href='/data/datapackage.json']"));
    }

    [Fact]
    public void Given_every_source_address_in_digests_json_When_looked_up_Then_lookup_json_lists_its_digest_and_nothing_else()
    {
        var lookup = sample.Json("lookup.json").GetProperty("sources");
        var expected = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var cited = 0;
        foreach (var digest in sample.Json("digests.json").GetProperty("digests").EnumerateArray())
        {
            var slug = digest.GetProperty("slug").GetString()!;
            foreach (var source in digest.GetProperty("sources").EnumerateArray())
            {
                if (source.TryGetProperty("url", out var url))
                {
                    cited++;
                    var key = SourceUrls.Key(new Uri(url.GetString()!));
                    Assert.True(lookup.TryGetProperty(key, out var entries), $"{url} ({key}) is not in lookup.json");
                    var entry = entries.EnumerateArray().Single(e => e.GetProperty("slug").GetString() == slug);
                    Assert.Equal(
                        (digest.GetProperty("title").GetString(), digest.GetProperty("url").GetString()),
                        (entry.GetProperty("title").GetString(), entry.GetProperty("url").GetString()));
                    (expected.TryGetValue(key, out var slugs) ? slugs : expected[key] = new(StringComparer.Ordinal)).Add(slug);
                }
            }
        }

        Assert.True(cited > 100, $"only {cited} cited addresses");
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), lookup.EnumerateObject().Select(p => p.Name));
        Assert.All(lookup.EnumerateObject(), p => Assert.Equal(expected[p.Name].Count, p.Value.GetArrayLength()));
    }

    [Fact]
    public void Given_broken_data_files_When_checked_Then_the_validators_name_each_break()
    {
        using var temp = new TempFolder();
        var data = temp.CopyFrom(sample.Data, "data");
        var themes = Path.Combine(data, "themes.csv");
        File.WriteAllText(themes, "key,name" + File.ReadAllText(themes)["key,title".Length..]);
        var pairs = Path.Combine(data, "digest-organisations.csv");
        var lines = File.ReadAllLines(pairs);
        lines[1] = "no-such-digest" + lines[1][lines[1].IndexOf(',', StringComparison.Ordinal)..];
        File.WriteAllText(pairs, string.Join("\r\n", lines) + "\r\n");
        var digests = Path.Combine(data, "digests.json");
        File.WriteAllText(digests, File.ReadAllText(digests).Replace("\"slug\":", "\"extra\": 1, \"slug\":", StringComparison.Ordinal));

        var problems = OpenDataCheck.Problems(OpenDataCheck.Run(data));

        Assert.Contains("themes.csv: The column header names do not match the field names in the schema", problems, StringComparison.Ordinal);
        Assert.Contains("digest-organisations.csv: Foreign key \"digest\" violation in row 2", problems, StringComparison.Ordinal);
        Assert.Contains("must NOT have additional properties {\"additionalProperty\":\"extra\"}", problems, StringComparison.Ordinal);
    }
}
