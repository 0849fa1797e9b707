using ArchiveSite.Diagnostics;

namespace ArchiveSite.Model;

/// <summary>One database a digest's <c>external_ids</c> may name: its key, the name readers see, the identifier's format and where it links.</summary>
/// <remarks>Compared by identity: the only instances are those <see cref="ExternalIdSchemes"/> declares.</remarks>
public sealed class ExternalIdScheme
{
    private readonly Func<string, string?> _check;
    private readonly Func<string, string> _label;
    private readonly Func<string, Uri> _link;

    internal ExternalIdScheme(
        string key, string name, string kind, string doc, DiagnosticCode invalid, bool linksToRecord,
        Func<string, string?> check, Func<string, string> label, Func<string, Uri> link)
    {
        Key = key;
        Name = name;
        Kind = kind;
        Doc = doc;
        Invalid = invalid;
        LinksToRecord = linksToRecord;
        _check = check;
        _label = label;
        _link = link;
    }

    /// <summary>The key under <c>external_ids</c>, and the column name in the CSV exports.</summary>
    public string Key { get; }

    /// <summary>The database's name as readers see it: "AI Incident Database".</summary>
    public string Name { get; }

    /// <summary>The identifier's shape, as the front-matter reference names it.</summary>
    public string Kind { get; }

    /// <summary>One line for the front-matter reference: what the identifier is, with an example.</summary>
    public string Doc { get; }

    /// <summary>The error reported for a value that does not have this database's format.</summary>
    public DiagnosticCode Invalid { get; }

    /// <summary>Whether <see cref="Link"/> leads to the record itself, rather than to the database as a whole.</summary>
    public bool LinksToRecord { get; }

    /// <summary>The identifier as it is kept and shown, or null when <paramref name="text"/> does not have the format.</summary>
    public string? Check(string text) => _check(text);

    public string Label(string value) => _label(value);

    public Uri Link(string value) => _link(value);

    public override string ToString() => Key;
}
