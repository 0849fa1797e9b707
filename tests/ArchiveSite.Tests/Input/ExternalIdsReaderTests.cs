using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using ArchiveSite.Model;

namespace ArchiveSite.Tests.Input;

/// <summary><c>external_ids</c>: each database's format, good and bad, reported at the value (or, for an unknown
/// database, at its key) with the format it expects.</summary>
/// <remarks>The digests are <see cref="DigestText"/>'s with <c>external_ids</c> on line 11, so its first key is on line 12.</remarks>
public class ExternalIdsReaderTests
{
    [Theory]
    [InlineData("aiid: 1", "aiid", "1", "https://incidentdatabase.ai/cite/1/")]
    [InlineData("aiid: 123", "aiid", "123", "https://incidentdatabase.ai/cite/123/")]
    [InlineData("aiid: \"1152\"", "aiid", "1152", "https://incidentdatabase.ai/cite/1152/")]
    [InlineData("aiid: 999999999", "aiid", "999999999", "https://incidentdatabase.ai/cite/999999999/")]
    [InlineData("aiaaic: AIAAIC1471", "aiaaic", "AIAAIC1471", ExternalIdSchemes.RepositoryHome)]
    [InlineData("aiaaic: AIAAIC0131", "aiaaic", "AIAAIC0131", ExternalIdSchemes.RepositoryHome)]
    [InlineData("oecd_aim: https://oecd.ai/en/incidents/2025-06-17-7b1c", "oecd_aim", "https://oecd.ai/en/incidents/2025-06-17-7b1c", "https://oecd.ai/en/incidents/2025-06-17-7b1c")]
    [InlineData("oecd_aim: https://OECD.ai/fr/incidents/2023-02-10-4440/", "oecd_aim", "https://oecd.ai/fr/incidents/2023-02-10-4440/", "https://oecd.ai/fr/incidents/2023-02-10-4440/")]
    public void Given_an_identifier_in_its_databases_format_When_read_Then_it_is_kept_with_its_link(string line, string scheme, string value, string link)
    {
        var digest = ReadValid($"  {line}\n");

        var id = Assert.Single(digest.ExternalIds);
        Assert.Equal(scheme, id.Scheme.Key);
        Assert.Equal(value, id.Value);
        Assert.Equal(link, id.Link.AbsoluteUri);
        Assert.Equal(new SourceLocation("example.md", 12, line.IndexOf(':', StringComparison.Ordinal) + 5), digest.Locations.Of($"external_ids/{scheme}"));
    }

    [Theory]
    [InlineData("aiid: 0")]
    [InlineData("aiid: -3")]
    [InlineData("aiid: +3")]
    [InlineData("aiid: 012")]
    [InlineData("aiid: 12.5")]
    [InlineData("aiid: 1_000")]
    [InlineData("aiid: 1e3")]
    [InlineData("aiid: twelve")]
    [InlineData("aiid: 1234567890")]
    [InlineData("aiid: \"\"")]
    [InlineData("aiid: \"١٢٣\"")]
    public void Given_an_incident_number_that_is_not_a_positive_whole_number_When_read_Then_it_is_AS0171_at_the_value(string line) =>
        AssertInvalid(line, "AS0171", "'external_ids.aiid' must be an AI Incident Database incident number: a whole number from 1, without sign or leading zero (e.g. 123)");

    [Theory]
    [InlineData("aiaaic: AIAAIC147")]
    [InlineData("aiaaic: AIAAIC14710")]
    [InlineData("aiaaic: aiaaic1471")]
    [InlineData("aiaaic: AIAAIC-1471")]
    [InlineData("aiaaic: AIAAIC 1471")]
    [InlineData("aiaaic: 1471")]
    [InlineData("aiaaic: https://www.aiaaic.org/aiaaic-repository")]
    public void Given_an_AIAAIC_ID_not_of_AIAAIC_and_four_digits_When_read_Then_it_is_AS0172_at_the_value(string line) =>
        AssertInvalid(line, "AS0172", "'external_ids.aiaaic' must be an AIAAIC Repository ID: 'AIAAIC' and four digits (e.g. AIAAIC1471)");

    [Theory]
    [InlineData("oecd_aim: http://oecd.ai/en/incidents/2025-06-17-7b1c")]
    [InlineData("oecd_aim: https://www.oecd.ai/en/incidents/2025-06-17-7b1c")]
    [InlineData("oecd_aim: https://oecd.ai.example.com/en/incidents/2025-06-17-7b1c")]
    [InlineData("oecd_aim: https://example.com/oecd.ai/en/incidents/2025-06-17-7b1c")]
    [InlineData("oecd_aim: https://user@oecd.ai/en/incidents/2025-06-17-7b1c")]
    [InlineData("oecd_aim: https://oecd.ai:8443/en/incidents/2025-06-17-7b1c")]
    [InlineData("oecd_aim: https://oecd.ai/en/incidents")]
    [InlineData("oecd_aim: https://oecd.ai/en/incidents/")]
    [InlineData("oecd_aim: https://oecd.ai/en/incidents-methodology")]
    [InlineData("oecd_aim: https://oecd.ai/en/dashboards/countries/France")]
    [InlineData("oecd_aim: https://oecd.ai/incidents/2025-06-17-7b1c")]
    [InlineData("oecd_aim: https://oecd.ai/en/incidents/2025-06-17-7b1c/reports")]
    [InlineData("oecd_aim: https://oecd.ai/en/incidents/2025-06-17-7b1c?lang=fr")]
    [InlineData("oecd_aim: \"https://oecd.ai/en/incidents/2025-06-17-7b1c#top\"")]
    [InlineData("oecd_aim: oecd.ai/en/incidents/2025-06-17-7b1c")]
    [InlineData("oecd_aim: /en/incidents/2025-06-17-7b1c")]
    [InlineData("oecd_aim: javascript:alert(1)")]
    [InlineData("oecd_aim: 2025-06-17-7b1c")]
    public void Given_an_address_that_is_not_an_OECD_AIM_incident_page_When_read_Then_it_is_AS0173_at_the_value(string line) =>
        AssertInvalid(line, "AS0173", "'external_ids.oecd_aim' must be the address of an incident page of the OECD AI Incidents Monitor, https://oecd.ai/ then a language and /incidents/ (e.g. https://oecd.ai/en/incidents/2025-06-17-7b1c)");

    [Fact]
    public void Given_a_misspelt_database_When_read_Then_it_is_AS0170_at_the_key_with_the_closest_one() =>
        Assert.Equal(
            ["example.md:12:3: error AS0170: unknown database 'aid' under 'external_ids'; did you mean 'aiid'?"],
            Diagnostics("  aid: 123\n"));

    [Fact]
    public void Given_a_database_nothing_like_a_known_one_When_read_Then_AS0170_lists_the_known_ones() =>
        Assert.Equal(
            ["example.md:12:3: error AS0170: unknown database 'wikidata' under 'external_ids'; known databases: aiid, aiaaic, oecd_aim"],
            Diagnostics("  wikidata: Q1\n"));

    [Fact]
    public void Given_external_ids_that_is_not_a_map_When_read_Then_it_is_AS0107() =>
        Assert.Equal(
            ["example.md:11:15: error AS0107: 'external_ids' must be a map of databases and identifiers, e.g. {aiid: 123, aiaaic: AIAAIC1471}"],
            Diagnostics(null, "external_ids: [123]\n"));

    [Fact]
    public void Given_a_list_of_identifiers_for_one_database_When_read_Then_it_is_AS0107_at_the_list() =>
        Assert.Equal(
            ["example.md:12:9: error AS0107: 'external_ids.aiid' must be one identifier, not a list or a map"],
            Diagnostics("  aiid: [1, 2]\n"));

    [Fact]
    public void Given_several_problems_When_read_Then_each_is_reported_in_the_same_run() =>
        Assert.Equal(
            [
                "example.md:12:9: error AS0171: 'external_ids.aiid' must be an AI Incident Database incident number: a whole number from 1, without sign or leading zero (e.g. 123), not 'x'",
                "example.md:13:3: error AS0170: unknown database 'aiaic' under 'external_ids'; did you mean 'aiaaic'?",
                "example.md:14:11: error AS0172: 'external_ids.aiaaic' must be an AIAAIC Repository ID: 'AIAAIC' and four digits (e.g. AIAAIC1471), not 'AIAAIC1'",
            ],
            Diagnostics("  aiid: x\n  aiaic: AIAAIC1471\n  aiaaic: AIAAIC1\n"));

    [Fact]
    public void Given_identifiers_in_any_order_When_read_Then_they_come_in_the_schemes_order()
    {
        var digest = ReadValid("  oecd_aim: https://oecd.ai/en/incidents/2024-11-26-ab12\n  aiaaic: AIAAIC1471\n  aiid: 7\n");

        Assert.Equal(ExternalIdSchemes.All, digest.ExternalIds.Select(x => x.Scheme));
        Assert.Equal(["incident 7", "AIAAIC1471", "incident 2024-11-26-ab12"], digest.ExternalIds.Select(x => x.Label));
    }

    [Fact]
    public void Given_no_external_ids_or_an_empty_map_When_read_Then_the_digest_has_none()
    {
        Assert.Empty(ReadValid(null, "").ExternalIds);
        Assert.Empty(ReadValid(null, "external_ids: {}\n").ExternalIds);
        Assert.Empty(ReadValid(null, "external_ids:\n").ExternalIds);
    }

    [Fact]
    public void Each_database_has_its_own_format_error_and_a_reference_line()
    {
        Assert.Equal(["AS0171", "AS0172", "AS0173"], ExternalIdSchemes.All.Select(s => s.Invalid.Id));
        Assert.Equal(ExternalIdSchemes.All.Select(s => s.Key), DigestSchema.ExternalIdFields.Select(f => f.Key));
        Assert.Contains(DigestSchema.ExternalIds, DigestSchema.Fields);
    }

    private static Digest ReadValid(string? entries, string? block = null)
    {
        var diagnostics = new DiagnosticBag();
        var digest = DigestReader.Read(Text(entries, block), "digests/2024/example.md", "example.md", diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return digest!;
    }

    private static void AssertInvalid(string line, string code, string message)
    {
        var value = line[(line.IndexOf(':', StringComparison.Ordinal) + 2)..];
        var shown = value.StartsWith('"') ? value.Trim('"') : value;
        var column = line.IndexOf(':', StringComparison.Ordinal) + 5;

        Assert.Equal([$"example.md:12:{column}: error {code}: {message}, not '{shown}'"], Diagnostics($"  {line}\n"));
    }

    private static List<string> Diagnostics(string? entries, string? block = null)
    {
        var diagnostics = new DiagnosticBag();
        var digest = DigestReader.Read(Text(entries, block), "digests/2024/example.md", "example.md", diagnostics);
        Assert.Null(digest);
        return [.. diagnostics.ToSortedList().Select(d => d.ToString())];
    }

    // external_ids goes after the last source, on line 11, before the closing '---'.
    private static string Text(string? entries, string? block) =>
        DigestText.With().Replace("    published: 2024-11-27\n---\n", $"    published: 2024-11-27\n{block ?? "external_ids:\n" + entries}---\n", StringComparison.Ordinal);
}
