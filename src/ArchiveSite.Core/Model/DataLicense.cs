namespace ArchiveSite.Model;

/// <summary>The licence of the archive's open data (site.yml's <c>data_license:</c>): it covers the digests' own text;
/// the rights in the cited sources stay with their owners.</summary>
/// <param name="Name">An SPDX licence identifier, e.g. CC-BY-4.0.</param>
/// <param name="Title">The licence's name as readers see it, e.g. Creative Commons Attribution 4.0 International.</param>
/// <param name="Url">Where the licence's text is.</param>
public sealed record DataLicense(string Name, string Title, Uri Url);
