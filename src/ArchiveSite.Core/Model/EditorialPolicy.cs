namespace ArchiveSite.Model;

/// <summary>The archive's own editorial rules (site.yml's <c>editorial:</c> map): how many themes and sources a digest
/// has and how long its body is. <c>check</c> enforces them, and CI's content tests read them from here.</summary>
/// <param name="BodyWords">Words in the body, or null for no rule.</param>
public sealed record EditorialPolicy(CountRange Themes, CountRange Sources, CountRange? BodyWords)
{
    /// <summary>The rules DESIGN.md sets when site.yml says nothing: 1–6 themes, at least one source, any length.</summary>
    public static EditorialPolicy Default { get; } = new(new CountRange(1, 6), new CountRange(1, null), null);
}

/// <summary>A range of whole numbers from <paramref name="Min"/> to <paramref name="Max"/>, both included; no upper bound when Max is null.</summary>
public readonly record struct CountRange(int Min, int? Max)
{
    public bool Contains(int count) => count >= Min && (Max is null || count <= Max);
}
