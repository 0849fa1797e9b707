using ArchiveSite.Diagnostics;
using ArchiveSite.Model;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Input;

/// <summary>Reads site.yml's <c>editorial:</c> map into the archive's <see cref="EditorialPolicy"/>; a key left out keeps
/// the default of DESIGN.md.</summary>
public static class EditorialPolicyReader
{
    // A word takes at least two bytes (a letter and a space), so no body in a file of InputLimits.FileBytes has more.
    private const int MostBodyWords = InputLimits.FileBytes / 2;

    private static readonly EditorialPolicy Defaults = EditorialPolicy.Default;

    public static readonly FieldSpec Themes = new(
        "themes", false, "[min, max]", $"how many themes a digest has; default {Describe(Defaults.Themes)}, at most {InputLimits.Themes}");

    public static readonly FieldSpec Sources = new(
        "sources", false, "[min, max]", $"how many sources a digest cites; default {Describe(Defaults.Sources)}, at most {InputLimits.Sources}");

    public static readonly FieldSpec BodyWords = new(
        "body_words", false, "[min, max]", "how many words a digest's body has; default: no rule");

    public static IReadOnlyList<FieldSpec> Fields { get; } = [Themes, Sources, BodyWords];

    /// <summary>The policy in <paramref name="map"/>, or null when a range in it is invalid (reported).</summary>
    internal static EditorialPolicy? Read(YamlFields settings, YamlMappingNode map)
    {
        var fields = settings.Nested(map, new MapSchema(Fields), "editorial/");
        var themes = Range(fields, Themes, 1, InputLimits.Themes);
        var sources = Range(fields, Sources, 1, InputLimits.Sources);
        var words = Range(fields, BodyWords, 0, MostBodyWords);
        if (themes is { Valid: false } || sources is { Valid: false } || words is { Valid: false })
        {
            return null;
        }

        return new EditorialPolicy(themes?.Range ?? Defaults.Themes, sources?.Range ?? Defaults.Sources, words?.Range ?? Defaults.BodyWords);
    }

    /// <summary>How a range reads in messages and in CONTRIBUTING.md: "between 2 and 5", "at least 1".</summary>
    public static string Describe(CountRange range) => DiagnosticCodes.DescribeRange(range.Min, range.Max);

    /// <summary>The range written under <paramref name="field"/>: null when absent, invalid (reported) unless two whole numbers floor ≤ min ≤ max ≤ ceiling.</summary>
    private static (bool Valid, CountRange Range)? Range(YamlFields fields, FieldSpec field, int floor, int ceiling)
    {
        if (fields.Value(field) is not { } node)
        {
            return null;
        }

        if (node is YamlSequenceNode { Children: [YamlScalarNode { Value: var low }, YamlScalarNode { Value: var high }] }
            && int.TryParse(low, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var min)
            && int.TryParse(high, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var max)
            && floor <= min && min <= max && max <= ceiling)
        {
            return (true, new CountRange(min, max));
        }

        fields.Report(DiagnosticCodes.InvalidRange, node, $"editorial.{field.Key}", floor, ceiling);
        return (false, default);
    }
}
