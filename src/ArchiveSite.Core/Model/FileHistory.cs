namespace ArchiveSite.Model;

/// <summary>What git says about one input file: the day (UTC) of the first commit that added it, renames followed, and of the last commit that changed its content.</summary>
public readonly record struct FileHistory(DateOnly Added, DateOnly LastCommit);
