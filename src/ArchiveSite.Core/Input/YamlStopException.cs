using ArchiveSite.Diagnostics;

namespace ArchiveSite.Input;

/// <summary>Thrown by <see cref="CheckingParser"/> when a file passes a YAML limit: nothing after that point is read.</summary>
internal sealed class YamlStopException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
