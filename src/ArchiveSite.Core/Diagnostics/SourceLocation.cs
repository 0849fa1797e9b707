namespace ArchiveSite.Diagnostics;

/// <summary>A place in an input file, 1-based, as editors and GitHub annotations count.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>The start of a file, for problems that belong to the file as a whole.</summary>
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
