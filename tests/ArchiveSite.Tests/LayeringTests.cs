using ArchiveSite.Cli.Commands;
using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace ArchiveSite.Tests;

/// <summary>Data flows one way through the pipeline, as the compiler sees it: no stage uses a later one, no stage uses the
/// session that runs them, and the CLI reaches the pipeline only through its front door.</summary>
/// <remarks>Read from the compiled assemblies (ArchUnitNET loads their IL), so a fully qualified name or a `var` cannot
/// hide a dependency the way it could from a scan of `using` lines.</remarks>
public class LayeringTests
{
    // Common and Diagnostics are the ground floor; Model holds the records every stage shares (Input produces them and
    // stage 2 builds the Archive from them, so Model never sees YAML); then the stages in execution order, and last the
    // cache that build --cache keeps of them all.
    private static readonly string[] Layers =
        ["Common", "Diagnostics", "Model", "Input", "Archiving", "Pages", "Rendering", "Output", "Search", "Cache"];

    // What the CLI may use of Core besides the root namespace (SiteBuild, SiteSession, their options and results):
    // diagnostics to print, the records and schema that `new` and `reference` describe, the shared helpers.
    private static readonly string[] CliMayUse = ["ArchiveSite.Common", "ArchiveSite.Diagnostics", "ArchiveSite.Model", "ArchiveSite.Input", "ArchiveSite.Pages"];

    private static readonly Architecture Compiled =
        new ArchLoader().LoadAssemblies(typeof(SiteBuild).Assembly, typeof(ArchiveSiteCommand).Assembly).Build();

    [Fact]
    public void No_stage_uses_a_later_stage_or_the_session_that_runs_the_stages()
    {
        var violations = new List<string>();
        foreach (var type in CoreTypes())
        {
            var layer = LayerOf(type);
            if (layer < 0)
            {
                continue;
            }

            foreach (var target in Targets(type).Where(t => Ns(t).StartsWith("ArchiveSite", StringComparison.Ordinal)))
            {
                var targetLayer = LayerOf(target);
                if (targetLayer > layer || (targetLayer < 0 && Ns(target) == "ArchiveSite"))
                {
                    violations.Add($"{type.FullName} uses {target.FullName}");
                }
            }
        }

        Assert.Empty(violations.Distinct());
    }

    [Fact]
    public void The_cli_reaches_the_pipeline_only_through_the_session_the_build_and_their_results()
    {
        var violations = CliTypes()
            .SelectMany(type => Targets(type).Select(target => (type, target)))
            .Where(d => d.target.Assembly.FullName == typeof(SiteBuild).Assembly.FullName
                && Ns(d.target) != "ArchiveSite"
                && !CliMayUse.Contains(Ns(d.target)))
            .Select(d => $"{d.type.FullName} uses {d.target.FullName}")
            .Distinct()
            .ToList();

        Assert.Empty(violations);
    }

    [Fact]
    public void Every_core_type_lives_in_a_known_layer_or_in_the_root_namespace()
    {
        var strays = CoreTypes()
            .Where(t => Ns(t) != "ArchiveSite" && LayerOf(t) < 0 && !t.FullName.Contains('<', StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(strays);
    }

    private static IEnumerable<IType> CoreTypes() =>
        Compiled.Types.Where(t => t.Assembly.FullName == typeof(SiteBuild).Assembly.FullName && Ns(t).StartsWith("ArchiveSite", StringComparison.Ordinal));

    private static IEnumerable<IType> CliTypes() =>
        Compiled.Types.Where(t => t.Assembly.FullName == typeof(ArchiveSiteCommand).Assembly.FullName);

    private static IEnumerable<IType> Targets(IType type) => type.Dependencies.Select(d => d.Target).Where(t => t.FullName != type.FullName);

    // Generic parameters and some compiler-made types have no namespace.
    private static string Ns(IType type) => type.Namespace?.FullName ?? "";

    private static int LayerOf(IType type)
    {
        var ns = Ns(type);
        return Array.FindIndex(Layers, l => ns == "ArchiveSite." + l || ns.StartsWith("ArchiveSite." + l + ".", StringComparison.Ordinal));
    }
}
