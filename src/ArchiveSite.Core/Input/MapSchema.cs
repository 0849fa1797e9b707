namespace ArchiveSite.Input;

/// <summary>The keys one YAML map may hold, for <see cref="YamlFields"/>; every other key is reported as unknown.</summary>
/// <param name="FreeForm">The key that takes data of the writer's own (a digest's <c>extra</c>), named in the unknown-key hint.</param>
internal sealed record MapSchema(IReadOnlyList<FieldSpec> Fields, FieldSpec? FreeForm = null)
{
    public bool Has(string key) => Fields.Any(f => f.Key == key);
}
