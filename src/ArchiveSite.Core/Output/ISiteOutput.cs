namespace ArchiveSite.Output;

/// <summary>A folder a site is written into, by site-relative path: a build's staging folder or a session's live folder.</summary>
internal interface ISiteOutput
{
    /// <summary>The folder's full path.</summary>
    string Root { get; }

    void Write(string sitePath, ReadOnlySpan<byte> content);
}
