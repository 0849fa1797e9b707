using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using ArchiveSite.Model;

namespace ArchiveSite.Archiving;

/// <summary>Holds every digest to the archive's own editorial rules (site.yml's <c>editorial:</c>): themes, sources, body length.</summary>
/// <remarks>A rule of site.yml applied to each digest, so it runs when the archive is built, not per file.</remarks>
internal static class EditorialChecks
{
    public static void Run(SiteInput input, DiagnosticBag diagnostics)
    {
        var policy = input.Settings.Editorial;
        foreach (var digest in input.Digests)
        {
            if (!policy.Themes.Contains(digest.Tags.Count))
            {
                diagnostics.Add(DiagnosticCodes.EditorialCount, digest.Locations.Of("tags"), "tags", digest.Tags.Count, "themes", EditorialPolicyReader.Describe(policy.Themes));
            }

            if (!policy.Sources.Contains(digest.Sources.Count))
            {
                diagnostics.Add(DiagnosticCodes.EditorialCount, digest.Locations.Of("sources"), "sources", digest.Sources.Count, "sources", EditorialPolicyReader.Describe(policy.Sources));
            }

            if (policy.BodyWords is { } words && !words.Contains(digest.BodyWords))
            {
                diagnostics.Add(DiagnosticCodes.EditorialBodyWords, digest.Locations.Of("body"), digest.BodyWords, EditorialPolicyReader.Describe(words));
            }
        }
    }
}
