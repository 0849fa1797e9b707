using System.Text;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Tests.Contributing;

/// <summary>A GitHub Actions workflow read as YAML, with the <c>archivesite</c> invocations its <c>run:</c> scripts contain.</summary>
public sealed class WorkflowFile
{
    private const string Project = "src/ArchiveSite";

    public WorkflowFile(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        Root = (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    public static WorkflowFile Load(string name) =>
        new(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github", "workflows", name)));

    public YamlMappingNode Root { get; }

    /// <summary>The value at a path of keys, e.g. "permissions", "pages"; null when any key is missing.</summary>
    public string? Scalar(params string[] keys) => (Node(keys) as YamlScalarNode)?.Value;

    public YamlNode? Node(params string[] keys)
    {
        YamlNode? node = Root;
        foreach (var key in keys)
        {
            node = node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
        }

        return node;
    }

    /// <summary>Every step of every job, in order.</summary>
    public IEnumerable<YamlMappingNode> Steps =>
        ((YamlMappingNode)Node("jobs")!).Children.Values
            .SelectMany(job => job is YamlMappingNode j && j.Children.TryGetValue(new YamlScalarNode("steps"), out var s) ? ((YamlSequenceNode)s).Children : [])
            .OfType<YamlMappingNode>();

    public static string? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    /// <summary>An input the step passes to its action under <c>with:</c>.</summary>
    public static string? With(YamlMappingNode step, string key) =>
        step.Children.TryGetValue(new YamlScalarNode("with"), out var with) && with is YamlMappingNode map ? Get(map, key) : null;

    /// <summary>The step that uses an action, e.g. "actions/checkout".</summary>
    public YamlMappingNode Uses(string action) =>
        Assert.Single(Steps, s => Get(s, "uses")?.StartsWith(action + "@", StringComparison.Ordinal) == true);

    /// <summary>The arguments after <c>--</c> of every <c>dotnet run --project src/ArchiveSite ... -- ...</c> in the run scripts.</summary>
    public IEnumerable<string[]> Invocations() =>
        Steps.Select(s => Get(s, "run")).OfType<string>().SelectMany(Commands).Where(IsArchiveSite).Select(words => words[(words.IndexOf("--") + 1)..].ToArray());

    private static bool IsArchiveSite(List<string> words) =>
        words is ["dotnet", "run", ..] && words.IndexOf("--project") is var p && p > 0 && p + 1 < words.Count
        && words[p + 1].TrimEnd('/') == Project && words.Contains("--");

    /// <summary>Splits a shell script into commands of words: quotes group, a backslash escapes, and <c>&amp;&amp; || ; |</c> or a new line end a command.</summary>
    public static IEnumerable<List<string>> Commands(string script)
    {
        var commands = new List<List<string>> { new() };
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;

        void EndWord()
        {
            if (inWord)
            {
                commands[^1].Add(word.ToString());
                word.Clear();
                inWord = false;
            }
        }

        script = script.Replace("\\\n", " ", StringComparison.Ordinal);
        for (var i = 0; i < script.Length; i++)
        {
            var c = script[i];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else if (c == '\\' && quote == '"' && i + 1 < script.Length && script[i + 1] is '"' or '\\' or '$')
                {
                    word.Append(script[++i]);
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (c is ' ' or '\t')
            {
                EndWord();
            }
            else if (c is '\n' or ';' or '&' or '|')
            {
                EndWord();
                if (commands[^1].Count > 0)
                {
                    commands.Add([]);
                }
            }
            else
            {
                word.Append(c == '\\' && i + 1 < script.Length ? script[++i] : c);
                inWord = true;
            }
        }

        EndWord();
        return commands.Where(c => c.Count > 0);
    }
}
