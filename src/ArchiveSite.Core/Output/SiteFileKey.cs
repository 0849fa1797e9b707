using ArchiveSite.Model;
using ArchiveSite.Rendering;

namespace ArchiveSite.Output;

/// <summary>One maker of files beside the pages, with the key of what it makes them from: equal keys make equal files.</summary>
/// <param name="Key">A hash of the maker's arguments (<see cref="SiteFileKey.Of"/>), or null for a maker that reads the
/// whole archive (the data exports): such a maker runs whenever the files beside the pages are made.</param>
/// <param name="Write">Makes the files, handing each to the function it is given as soon as it is made.</param>
internal sealed record SiteFileMaker(Func<string>? Key, Action<Action<SiteFile>> Write)
{
    /// <summary>A maker of the files <paramref name="make"/> gives, one after another.</summary>
    public SiteFileMaker(Func<string>? key, Func<IEnumerable<SiteFile>> make)
        : this(key, write =>
        {
            foreach (var file in make())
            {
                write(file);
            }
        })
    {
    }
}

/// <summary>The key of a site file maker: its arguments walked as they are (records member by member, by
/// <see cref="ViewHasher"/>, as page fingerprints are) and hashed.</summary>
/// <remarks>
/// A digest is keyed by what it was read from, not by its members: its path, the hash of its file's bytes and the dates
/// git gave it. That is what <c>build --cache</c> already relies on to reuse a parsed digest (the same bytes at the same
/// path parse to the same digest), and it is a hundredth of the work of hashing a body. Any other value is walked
/// whole, so a member added to a record is part of the key the moment it exists.
/// </remarks>
internal static class SiteFileKey
{
    /// <summary>The hash of <paramref name="kind"/> and <paramref name="arguments"/>, in that order.</summary>
    public static string Of(string kind, params object?[] arguments) =>
        new ViewHasher(KeyOf).Hash(writer =>
        {
            writer.String(kind);
            foreach (var argument in arguments)
            {
                writer.Value(argument, typeof(object));
            }
        });

    // A digest made in memory rather than read from a file has no hash: its key then matches no other.
    private static string KeyOf(Digest digest) =>
        string.Join(
            '\n',
            digest.SourcePath,
            digest.ContentHash.Length > 0 ? digest.ContentHash : Guid.NewGuid().ToString("N"),
            digest.Added?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            digest.LastCommit?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "");
}
