namespace ArchiveSite;

/// <summary>Progress of a build, for a progress bar or plain log lines: the stage running and how far it is.</summary>
public readonly record struct BuildProgress(string Stage, int Done, int Total);
