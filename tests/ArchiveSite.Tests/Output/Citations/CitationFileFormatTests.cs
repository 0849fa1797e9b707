using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using ArchiveSite.Model;
using ArchiveSite.Output.Citations;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Tests.Output.Citations;

/// <summary>The repository's CITATION.cff is the one site.yml makes, and valid Citation File Format 1.2.0 as a YAML parser reads it.</summary>
public class CitationFileFormatTests
{
    public const string AcceptVariable = "ACCEPT_CITATION_CFF";

    private static string Committed => Path.Combine(RepositoryPaths.Root, CitationFileFormat.FileName);

    [Fact]
    public void The_committed_citation_file_is_the_one_site_yml_makes()
    {
        var expected = CitationFileFormat.Write(ReadSettings(Path.Combine(RepositoryPaths.Input, "site.yml")));
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(Committed, expected);
        }

        Assert.True(File.Exists(Committed), $"{Committed} is missing: run this test with {AcceptVariable}=1 to write it");
        Assert.True(expected == File.ReadAllText(Committed), $"CITATION.cff differs from what input/site.yml makes: run this test with {AcceptVariable}=1 and commit the result");
    }

    [Fact]
    public void The_committed_citation_file_has_every_key_cff_1_2_0_requires_and_the_archive_s_addresses()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Committed))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)Assert.Single(yaml.Documents).RootNode;
        string Scalar(string key) => ((YamlScalarNode)root[key]).Value!;
        Assert.Equal("1.2.0", Scalar("cff-version"));
        Assert.NotEmpty(Scalar("message"));
        Assert.Equal("dataset", Scalar("type"));
        Assert.Equal("AI Ethics Archive", Scalar("title"));
        var author = (YamlMappingNode)Assert.Single(((YamlSequenceNode)root["authors"]).Children);
        Assert.Equal("AI Ethics Archive", ((YamlScalarNode)author["name"]).Value);
        Assert.Equal("https://example.org/", Scalar("url"));
        Assert.Equal("https://github.com/archivesite/archivesite", Scalar("repository-code"));
        // Keys outside the format's schema are errors for CFF validators; each key written is one of its own.
        string[] known = ["cff-version", "message", "type", "title", "abstract", "authors", "url", "repository-code", "version", "license", "date-released", "keywords"];
        Assert.All(root.Children.Keys, k => Assert.Contains(((YamlScalarNode)k).Value, known));
    }

    [Fact]
    public void A_version_in_site_yml_is_the_citation_file_s_version_and_text_is_quoted_as_yaml_reads_it()
    {
        var settings = ReadSettings(Path.Combine(RepositoryPaths.Fixture("minimal"), "site.yml")) with { Title = "Archive: \"AI\" & Co. — #1 {x}" };
        var text = CitationFileFormat.Write(settings with { Version = "v1.2.0" });

        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal("v1.2.0", ((YamlScalarNode)root["version"]).Value);
        Assert.Equal(settings.Title, ((YamlScalarNode)root["title"]).Value);
        Assert.DoesNotContain("\nversion:", CitationFileFormat.Write(settings), StringComparison.Ordinal);
    }

    private static SiteSettings ReadSettings(string path)
    {
        var diagnostics = new DiagnosticBag();
        return SiteSettingsReader.Read(File.ReadAllText(path), "site.yml", diagnostics) ?? throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedList()));
    }
}
