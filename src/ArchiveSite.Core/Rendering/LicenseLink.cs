namespace ArchiveSite.Rendering;

/// <summary>A licence as the footer links to it: <c>{{ site.data_license.title }}</c>.</summary>
/// <param name="Name">The SPDX identifier, e.g. CC-BY-4.0.</param>
internal sealed record LicenseLink(string Name, string Title, string Url);
