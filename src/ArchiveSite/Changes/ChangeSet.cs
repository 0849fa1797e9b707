using ArchiveSite.Common;
using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using ArchiveSite.Model;

namespace ArchiveSite.Cli.Changes;

/// <summary>The files a change touches, matched to the diagnostics and digests that concern them.</summary>
/// <param name="since">The git ref the change is measured from, as the user gave it.</param>
public sealed class ChangeSet(string since, IReadOnlyList<ChangedFile> files)
{
    private readonly HashSet<string> _paths = files.Select(f => f.FullPath).ToHashSet(StringComparer.Ordinal);

    public string Since { get; } = since;

    public IReadOnlyList<ChangedFile> Files { get; } = files;

    /// <summary>True when the diagnostic points into a changed file.</summary>
    public bool Touches(Diagnostic diagnostic) => _paths.Contains(Path.GetFullPath(diagnostic.Location.Path));

    /// <summary>The same diagnostics, those in changed files first (each part keeps its order), so they get GitHub's limited annotations.</summary>
    public IReadOnlyList<Diagnostic> ChangedFirst(IReadOnlyList<Diagnostic> diagnostics) =>
        [.. diagnostics.Where(Touches), .. diagnostics.Where(d => !Touches(d))];

    /// <summary>Every changed digest file under the input folder, with the digest read from it when it could be read.</summary>
    public IReadOnlyList<ChangedDigest> Digests(BuildResult result, string inputFolder)
    {
        var root = Path.GetFullPath(Path.Combine(inputFolder, InputReader.DigestsFolder)) + Path.DirectorySeparatorChar;
        var read = (result.Input?.Digests ?? []).ToDictionary(d => Path.GetFullPath(Path.Combine(inputFolder, d.SourcePath)), StringComparer.Ordinal);
        return [.. Files
            .Where(f => f.FullPath.StartsWith(root, StringComparison.Ordinal) && f.FullPath.EndsWith(".md", StringComparison.Ordinal))
            .Select(f =>
            {
                var problems = result.Diagnostics.Where(d => Path.GetFullPath(d.Location.Path) == f.FullPath).ToList();
                return new ChangedDigest(
                    f, DisplayPath.Of(f.FullPath), read.GetValueOrDefault(f.FullPath),
                    problems.Count(d => d.IsError), problems.Count(d => !d.IsError));
            })];
    }

    /// <summary>Changed files in the input folder that are not digests: tags.yml, entities.yml, pages.</summary>
    public IReadOnlyList<string> OtherInputFiles(string inputFolder)
    {
        var input = Path.GetFullPath(inputFolder) + Path.DirectorySeparatorChar;
        var digests = Path.Combine(input, InputReader.DigestsFolder) + Path.DirectorySeparatorChar;
        return [.. Files
            .Where(f => f.FullPath.StartsWith(input, StringComparison.Ordinal) && !f.FullPath.StartsWith(digests, StringComparison.Ordinal))
            .Select(f => DisplayPath.Of(f.FullPath))];
    }
}

/// <summary>A digest file the change adds, edits, renames or deletes; <see cref="Digest"/> is null when it is deleted, a draft, or has errors of its own.</summary>
public sealed record ChangedDigest(ChangedFile File, string DisplayPath, Digest? Digest, int Errors, int Warnings);
