namespace ArchiveSite.Diagnostics;

/// <summary>One problem found in the input, with its code and exact location.</summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourceLocation Location)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The one line format every tool prints: <c>path:line:column: error CODE: message</c>.</summary>
    public string Format(string path) =>
        $"{path}:{Location.Line}:{Location.Column}: {(IsError ? "error" : "warning")} {Code}: {Message}";

    public override string ToString() => Format(Location.Path);
}
