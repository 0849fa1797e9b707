using ArchiveSite.Diagnostics;
using ArchiveSite.Model;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Input;

/// <summary>Reads input/site.yml.</summary>
public static class SiteSettingsReader
{
    private static readonly FieldSpec Title = new("title", true, "text", "the site's name");
    private static readonly FieldSpec Description = new("description", true, "text", "one sentence for the home page and feeds");
    private static readonly FieldSpec BaseUrl = new("base_url", true, "http(s) URL", "absolute URL the site is published at, e.g. https://user.github.io/repo/");
    private static readonly FieldSpec Language = new(
        "language", false, "language code", "the site's language, e.g. en (default), fr or pt-BR: the theme's words come from its i18n/{language}.yml");
    private static readonly FieldSpec Repository = new("repository", false, "http(s) URL", "GitHub repository, for 'suggest a correction' links");
    private static readonly FieldSpec Branch = new("branch", false, "text", "the repository's default branch (default main)");
    private static readonly FieldSpec PageSize = new("page_size", false, "whole number", "digests per listing page (default 20)");
    private static readonly FieldSpec Editorial = new("editorial", false, "map", "the archive's editorial rules: themes, sources and body_words, each [min, max]");

    private static readonly FieldSpec DataLicense = new(
        "data_license", false, "map", "the open data's licence: name (SPDX identifier, e.g. CC-BY-4.0), title, url; shown in the footer and data/datapackage.json");
    private static readonly FieldSpec Version = new("version", false, "text", "the archive's version for data files, footer and citations, e.g. 2026.12 or v1.2.0 (a build of a git tag may set it instead)");

    public static IReadOnlyList<FieldSpec> Fields { get; } = [Title, Description, BaseUrl, Language, Repository, Branch, PageSize, Editorial, DataLicense, Version];

    public static SiteSettings? Read(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var map = YamlText.ParseDataFile(displayPath, text, diagnostics);
        if (map is null)
        {
            return null;
        }

        var fields = new YamlFields(new YamlPositions(displayPath, 0), map, diagnostics, new MapSchema(Fields));
        var title = fields.Text(Title);
        var description = fields.Text(Description);
        var baseUrl = fields.Url(BaseUrl);
        var language = fields.Value(Language) is null ? "en" : DigestReader.ReadLanguage(fields, Language, diagnostics);
        var repository = fields.Url(Repository);
        var branch = fields.Text(Branch) ?? "main";
        var pageSize = fields.WholeNumber(PageSize) ?? 20;
        var editorial = ReadEditorial(fields);
        var license = DataLicenseReader.Read(fields, DataLicense);
        var version = fields.Text(Version);
        if (version is not null && ArchiveVersion.Problem(version) is { } problem)
        {
            diagnostics.Add(DiagnosticCodes.InvalidSetting, fields.Locations["version"], "version", problem);
            return null;
        }

        if (pageSize is < 1 or > 1000)
        {
            diagnostics.Add(DiagnosticCodes.InvalidSetting, fields.Locations["page_size"], "page_size", "must be between 1 and 1000");
            return null;
        }

        return title is null || description is null || baseUrl is null || language is null || editorial is null || !license.Valid
            ? null
            : new SiteSettings(title, description, baseUrl, language, repository, branch, pageSize)
            {
                Editorial = editorial,
                DataLicense = license.License,
                Version = version,
                LanguageLocation = fields.Locations.GetValueOrDefault(Language.Key, SourceLocation.StartOf(displayPath)),
            };
    }

    private static EditorialPolicy? ReadEditorial(YamlFields fields)
    {
        switch (fields.Value(Editorial))
        {
            case null:
                return EditorialPolicy.Default;
            case YamlMappingNode map:
                return EditorialPolicyReader.Read(fields, map);
            case var other:
                fields.Report(DiagnosticCodes.WrongType, other, Editorial.Key, "a map of themes, sources and body_words");
                return null;
        }
    }
}
