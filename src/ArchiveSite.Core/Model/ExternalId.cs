namespace ArchiveSite.Model;

/// <summary>The same event's record in another database: which database, and the identifier it has there.</summary>
/// <param name="Value">The identifier as the reader checked it: "123", "AIAAIC1471", or an incident page's address.</param>
public sealed record ExternalId(ExternalIdScheme Scheme, string Value)
{
    /// <summary>Where a reader can look the record up (for AIAAIC, the repository itself: see <see cref="ExternalIdSchemes.Aiaaic"/>).</summary>
    public Uri Link => Scheme.Link(Value);

    /// <summary>How the identifier reads beside the database's name: "incident 123".</summary>
    public string Label => Scheme.Label(Value);
}
