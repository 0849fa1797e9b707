using System.Text.Json;
using ArchiveSite.Cache;
using ArchiveSite.Diagnostics;
using ArchiveSite.Input;
using ArchiveSite.Model;

namespace ArchiveSite.Tests.Cache;

public class ParsedInputsTests
{
    // Plain reflection over every public member, computed ones included: what the cache must give back, seen by a serializer
    // that knows nothing of the cache's own converters.
    private static readonly JsonSerializerOptions Everything = new() { ReferenceHandler = System.Text.Json.Serialization.ReferenceHandler.IgnoreCycles };

    [Fact]
    public void Given_every_digest_and_page_of_the_archive_When_written_to_the_cache_and_read_back_Then_each_equals_the_parsed_value_member_by_member()
    {
        using var archive = ArchiveWithEveryMember();
        var reader = new InputReader(archive.Input, includeDrafts: true);
        Assert.NotNull(reader.Read(null, new DiagnosticBag()));
        var parsed = reader.Parsed().ToList();
        var digests = parsed.Select(p => p.Value).OfType<Digest>().ToList();

        var back = ParsedInputs.Read(ParsedInputs.Write(parsed));

        // The archive exercises the members that are not plain text: the free-form map, identifiers, corrections, a story.
        Assert.Contains(digests, d => d.Extra.Count > 0);
        Assert.Contains(digests, d => d.ExternalIds.Count > 0);
        Assert.Contains(digests, d => d.Corrections.Count > 0);
        Assert.Contains(digests, d => d.Story is not null);
        Assert.Contains(parsed, p => p.Value is Page);
        Assert.Equal(parsed.Count, back.Count);
        foreach (var (path, hash, value) in parsed)
        {
            var read = back[path];
            Assert.Equal(hash, read.Hash);
            Assert.Equal(JsonSerializer.Serialize(value, Everything), JsonSerializer.Serialize(read.Value, Everything));
            var (before, after) = value is Digest d ? (d.Locations, ((Digest)read.Value!).Locations) : (((Page)value).Locations, ((Page)read.Value!).Locations);
            Assert.Equal(before.All.OrderBy(l => l.Key, StringComparer.Ordinal), after.All.OrderBy(l => l.Key, StringComparer.Ordinal));
            if (value is Digest original)
            {
                // The body comes back with the hash a page's fingerprint holds of it: that of the bytes, not of anything else.
                Assert.Equal(System.Security.Cryptography.SHA256.HashData(original.BodyHtml.ToArray()), ((Digest)read.Value!).BodyHtml.ContentHash.ToArray());
            }
        }
    }

    [Fact]
    public void Given_every_member_of_a_digest_When_the_archive_is_read_Then_some_digest_gives_it_a_value_so_the_round_trip_covers_it()
    {
        using var archive = ArchiveWithEveryMember();
        var reader = new InputReader(archive.Input, includeDrafts: true);
        reader.Read(null, new DiagnosticBag());
        var digests = reader.Parsed().Select(p => p.Value).OfType<Digest>().ToList();

        // A member no digest sets would pass the round trip above whether or not the cache stores it. Git's dates are set
        // after the cache (a commit changes them, not the bytes); Draft and Updated are covered by the field tests' edits.
        var unset = typeof(Digest).GetProperties()
            .Where(p => p.CanWrite && p.Name is not ("Added" or "LastCommit" or "Draft" or "Updated"))
            .Where(p => digests.All(d => IsDefault(p.GetValue(d))))
            .Select(p => p.Name)
            .ToList();

        Assert.Empty(unset);
    }

    // The sample archive, with one digest declaring the language it is written in (the sample's are all in the site's).
    private static TestArchive ArchiveWithEveryMember()
    {
        var archive = new TestArchive();
        TestArchive.Edit(archive.Digests[0], text => text.Replace("\ntitle:", "\nlanguage: en-GB\ntitle:", StringComparison.Ordinal));
        return archive;
    }

    private static bool IsDefault(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        System.Collections.ICollection c => c.Count == 0,
        bool b => !b,
        int i => i == 0,
        _ => false,
    };
}
