using System.Globalization;

namespace ArchiveSite.Diagnostics;

/// <summary>A diagnostic's identity: its code, default severity and message template.</summary>
public sealed record DiagnosticCode(string Id, Severity Severity, string Template)
{
    public Diagnostic At(SourceLocation location, params object?[] args) =>
        new(Id, Severity, string.Format(CultureInfo.InvariantCulture, Template, args), location);
}
