using System.Buffers;
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

    /// <param name="sizeHint">About how many bytes it takes (the last file's length): the buffers are made that size once.</param>
    public static byte[] Write(StoredState state, long sizeHint = 0)
    {
        var table = new StringTable(state.Hashes.Count * 4); // Paths, their hashes, page keys and link targets: about four strings a file.

        // The body first, as indexes, so that the table is complete when it is written ahead of it.
        var body = new ArrayBufferWriter<byte>((int)Math.Clamp(sizeHint, 1 << 20, Array.MaxLength / 2));
        void Number(int value) => WriteNumber(body, value);
        void Map(IEnumerable<KeyValuePair<string, string>> map, int count)
        {
            Number(count);
            foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Number(table.Index(key));
                Number(table.Index(value));
            }
        }

        void List(IReadOnlyCollection<string> list)
        {
            Number(list.Count);
            foreach (var item in list)
            {
                Number(table.Index(item));
            }
        }

        var session = state.Session;
        Map(session.PageKeys, session.PageKeys.Count);
        List(session.Files);
        List(session.PageFiles);
        List(session.SiteFiles);
        Map(session.Assets, session.Assets.Count);
        Number(table.Index(session.AssetsFingerprint));
        Number(session.Links.Count);
        foreach (var (page, links) in session.Links.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Number(table.Index(page));
            List(links);
        }

        Map(state.Hashes, state.Hashes.Count);
        Number(session.SiteFileKeys.Count);
        foreach (var (key, files) in session.SiteFileKeys.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Number(table.Index(key));
            List(files);
        }

        var file = new ArrayBufferWriter<byte>(body.WrittenCount + (table.Strings.Count * 48));
        WriteNumber(file, table.Strings.Count);
        foreach (var value in table.Strings)
        {
            var length = Utf8.GetByteCount(value);
            WriteNumber(file, length);
            file.Advance(Utf8.GetBytes(value, file.GetSpan(length)));
        }

        file.Write(body.WrittenSpan);
        return file.WrittenSpan.ToArray();
    }

    public static StoredState Read(byte[] bytes)
    {
        var reader = new Reader(bytes);
        var strings = new string[reader.Count()];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.String();
        }

        string Next()
        {
            var index = reader.Number();
            return (uint)index < (uint)strings.Length ? strings[index] : throw new InvalidDataException("an index outside the state file's table");
        }

        Dictionary<string, string> Map()
        {
            var count = reader.Count();
            var map = new Dictionary<string, string>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                map[Next()] = Next();
            }

            return map;
        }

        string[] List()
        {
            var list = new string[reader.Count()];
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
        var linkCount = reader.Count();
        var links = new Dictionary<string, string[]>(linkCount, StringComparer.Ordinal);
        for (var i = 0; i < linkCount; i++)
        {
            links[Next()] = List();
        }

        var hashes = Map();
        var keyCount = reader.Count();
        var siteFileKeys = new Dictionary<string, string[]>(keyCount, StringComparer.Ordinal);
        for (var i = 0; i < keyCount; i++)
        {
            siteFileKeys[Next()] = List();
        }

        if (!reader.AtEnd)
        {
            throw new InvalidDataException("bytes after the state file's end");
        }

        return new StoredState(new SessionState(pageKeys, [.. files], [.. pageFiles], [.. siteFiles], assets, assetsFingerprint, links) { SiteFileKeys = siteFileKeys }, hashes);
    }

    // Seven bits a byte, low bits first, as BinaryWriter.Write7BitEncodedInt writes them.
    private static void WriteNumber(ArrayBufferWriter<byte> buffer, int value)
    {
        var span = buffer.GetSpan(5);
        var n = 0;
        var rest = (uint)value;
        while (rest >= 0x80)
        {
            span[n++] = (byte)(rest | 0x80);
            rest >>= 7;
        }

        span[n++] = (byte)rest;
        buffer.Advance(n);
    }

    /// <summary>Every distinct string once, by its first index.</summary>
    /// <remarks>Found by reference first was tried and dropped: the first hash of each object's identity (135,000 strings
    /// of a 10,000-digest site) cost more than the hashes of their characters it saved.</remarks>
    private sealed class StringTable(int capacity)
    {
        private readonly Dictionary<string, int> _indexes = new(capacity, StringComparer.Ordinal);

        public List<string> Strings { get; } = new(capacity);

        public int Index(string value)
        {
            if (!_indexes.TryGetValue(value, out var index))
            {
                index = _indexes[value] = Strings.Count;
                Strings.Add(value);
            }

            return index;
        }
    }

    /// <summary>The state file's numbers and strings; a count can never exceed the bytes left (each item takes at least one).</summary>
    private sealed class Reader(byte[] bytes)
    {
        private int _at;

        public bool AtEnd => _at == bytes.Length;

        public int Number()
        {
            var value = 0u;
            for (var shift = 0; shift < 35; shift += 7)
            {
                if (_at >= bytes.Length)
                {
                    throw new InvalidDataException("the state file ends inside a number");
                }

                var b = bytes[_at++];
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return (int)value;
                }
            }

            throw new InvalidDataException("a number longer than five bytes in the state file");
        }

        public int Count()
        {
            var count = Number();
            return count >= 0 && count <= bytes.Length - _at ? count : throw new InvalidDataException("a count larger than the state file");
        }

        public string String()
        {
            var length = Count();
            _at += length;
            return Utf8.GetString(bytes, _at - length, length);
        }
    }
}
