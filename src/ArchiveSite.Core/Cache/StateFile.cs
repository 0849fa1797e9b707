using System.Text;

namespace ArchiveSite.Cache;

/// <summary>The state file (<see cref="StoredState"/>) in a compact binary form: every distinct string once, in a table,
/// and each member as indexes into it.</summary>
/// <remarks>
/// The same site paths appear in the page keys, the file lists, the hashes and hundreds of thousands of links; as JSON the
/// file was 21 MB on 10,000 digests and read in over a second. The manifest's length and SHA-256 are checked before this
/// is read, so a damaged file never gets here; an index out of the table is still refused (<see cref="InvalidDataException"/>).
/// The layout is <see cref="BuildCache.Format"/>'s: a change here is a new format, and an old cache is then ignored.
/// </remarks>
internal static class StateFile
{
    private static readonly UTF8Encoding Utf8 = new(false, throwOnInvalidBytes: true);

    public static byte[] Write(StoredState state)
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        var strings = new List<string>();
        int Index(string value)
        {
            if (!table.TryGetValue(value, out var index))
            {
                index = table[value] = strings.Count;
                strings.Add(value);
            }

            return index;
        }

        // The body first, as indexes, so that the table is complete when it is written ahead of it.
        var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Utf8, leaveOpen: true))
        {
            var session = state.Session;
            void Map(IEnumerable<KeyValuePair<string, string>> map, int count)
            {
                writer.Write7BitEncodedInt(count);
                foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.Write7BitEncodedInt(Index(key));
                    writer.Write7BitEncodedInt(Index(value));
                }
            }

            void List(IReadOnlyCollection<string> list)
            {
                writer.Write7BitEncodedInt(list.Count);
                foreach (var item in list)
                {
                    writer.Write7BitEncodedInt(Index(item));
                }
            }

            Map(session.PageKeys, session.PageKeys.Count);
            List(session.Files);
            List(session.PageFiles);
            List(session.SiteFiles);
            Map(session.Assets, session.Assets.Count);
            writer.Write7BitEncodedInt(Index(session.AssetsFingerprint));
            writer.Write7BitEncodedInt(session.Links.Count);
            foreach (var (page, links) in session.Links.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write7BitEncodedInt(Index(page));
                List(links);
            }

            Map(state.Hashes, state.Hashes.Count);
            writer.Write7BitEncodedInt(session.SiteFileKeys.Count);
            foreach (var (key, files) in session.SiteFileKeys.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write7BitEncodedInt(Index(key));
                List(files);
            }
        }

        var file = new MemoryStream((int)body.Length + (strings.Count * 24));
        using (var writer = new BinaryWriter(file, Utf8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(strings.Count);
            foreach (var value in strings)
            {
                writer.Write(value);
            }

            body.Position = 0;
            body.CopyTo(file);
        }

        return file.ToArray();
    }

    public static StoredState Read(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Utf8);
        var strings = new string[Count(reader)];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }

        string Next()
        {
            var index = reader.Read7BitEncodedInt();
            return (uint)index < (uint)strings.Length ? strings[index] : throw new InvalidDataException("an index outside the state file's table");
        }

        Dictionary<string, string> Map()
        {
            var count = Count(reader);
            var map = new Dictionary<string, string>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                map[Next()] = Next();
            }

            return map;
        }

        string[] List()
        {
            var list = new string[Count(reader)];
            for (var i = 0; i < list.Length; i++)
            {
                list[i] = Next();
            }

            return list;
        }

        var pageKeys = Map();
        var files = List();
        var pageFiles = List();
        var siteFiles = List();
        var assets = Map();
        var assetsFingerprint = Next();
        var linkCount = Count(reader);
        var links = new Dictionary<string, string[]>(linkCount, StringComparer.Ordinal);
        for (var i = 0; i < linkCount; i++)
        {
            links[Next()] = List();
        }

        var hashes = Map();
        var keyCount = Count(reader);
        var siteFileKeys = new Dictionary<string, string[]>(keyCount, StringComparer.Ordinal);
        for (var i = 0; i < keyCount; i++)
        {
            siteFileKeys[Next()] = List();
        }

        if (reader.BaseStream.Position != bytes.Length)
        {
            throw new InvalidDataException("bytes after the state file's end");
        }

        return new StoredState(new SessionState(pageKeys, [.. files], [.. pageFiles], [.. siteFiles], assets, assetsFingerprint, links) { SiteFileKeys = siteFileKeys }, hashes);
    }

    // A count can never exceed the bytes left: each item takes at least one.
    private static int Count(BinaryReader reader)
    {
        var count = reader.Read7BitEncodedInt();
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position
            ? count
            : throw new InvalidDataException("a count larger than the state file");
    }
}
