using System.Text;
using System.Text.Json;
using ArchiveSite.Tests;
using Microsoft.Playwright;

namespace ArchiveSite.Browser.Tests.Accessibility;

/// <summary>Runs axe-core (pinned in package.json) in a page and describes its violations in plain lines.</summary>
public static class Axe
{
    public static string ScriptPath => Path.Combine(RepositoryPaths.Root, "node_modules", "axe-core", "axe.min.js");

    /// <summary>One failed rule: its id, impact, help text and the elements that fail it.</summary>
    public sealed record Violation(string Id, string Impact, string Help, IReadOnlyList<string> Targets);

    /// <summary>All of axe's default rules (WCAG 2.x A/AA and best practices) over the whole page.</summary>
    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        if (!File.Exists(ScriptPath))
        {
            throw new InvalidOperationException($"{ScriptPath} is missing: run `npm ci` at the repository root (building this test project does it).");
        }

        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ScriptPath });
        var json = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const result = await axe.run(document, { resultTypes: ["violations"] });
              return result.violations.map(v => ({
                id: v.id, impact: v.impact ?? "", help: v.help,
                targets: v.nodes.map(n => n.target.join(" ") + (n.failureSummary ? " — " + n.failureSummary.replace(/\s+/g, " ") : "")),
              }));
            }
            """);
        return [.. json.EnumerateArray().Select(v => new Violation(
            v.GetProperty("id").GetString()!,
            v.GetProperty("impact").GetString()!,
            v.GetProperty("help").GetString()!,
            [.. v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!)]))];
    }

    /// <summary>A readable list: one line per rule, then one indented line per failing element.</summary>
    public static string Describe(IEnumerable<Violation> violations)
    {
        var text = new StringBuilder();
        foreach (var v in violations)
        {
            text.AppendLine($"{v.Id} ({v.Impact}): {v.Help}");
            foreach (var target in v.Targets)
            {
                text.AppendLine("    " + target);
            }
        }

        return text.ToString();
    }
}
