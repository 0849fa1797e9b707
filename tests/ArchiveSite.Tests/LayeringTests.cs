using System.Text.RegularExpressions;

namespace ArchiveSite.Tests;

/// <summary>Data flows one way through the pipeline: no stage's folder may use a later stage.</summary>
public partial class LayeringTests
{
    // Diagnostics is the ground floor; Model holds the records every stage shares (Input produces them, and
    // stage 2 builds the Archive from them, so Model never sees YAML); then the stages in execution order.
    private static readonly string[] Stages = ["Common", "Diagnostics", "Model", "Input", "Archiving", "Pages", "Rendering", "Output", "Search"];

    [Fact]
    public void No_stage_uses_a_later_stage()
    {
        var core = Path.Combine(RepositoryPaths.Root, "src", "ArchiveSite.Core");
        var violations = new List<string>();
        for (var stage = 0; stage < Stages.Length; stage++)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(core, Stages[stage]), "*.cs", SearchOption.AllDirectories))
            {
                foreach (Match use in UsingPattern().Matches(File.ReadAllText(file)))
                {
                    var target = Array.IndexOf(Stages, use.Groups[1].Value);
                    if (target > stage)
                    {
                        violations.Add($"{Path.GetRelativePath(core, file)} uses ArchiveSite.{use.Groups[1].Value}");
                    }
                }
            }
        }

        Assert.Empty(violations);
    }

    [GeneratedRegex(@"^using ArchiveSite\.(\w+);", RegexOptions.Multiline)]
    private static partial Regex UsingPattern();
}
