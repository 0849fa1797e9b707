namespace ArchiveSite.Input;

/// <summary>One front-matter key: whether it is required, what kind of value it holds, and what belongs there.</summary>
/// <param name="Kind">The value's shape, as the reference documentation names it.</param>
/// <param name="Doc">One line saying what belongs there; also the comment `new` writes.</param>
public sealed record FieldSpec(string Key, bool Required, string Kind, string Doc);
