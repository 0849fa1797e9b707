using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using ArchiveSite.Model;

namespace ArchiveSite.Cache;

/// <summary>The bytes <see cref="RecordCodec"/> reads, with the position of the next value; anything that does not read
/// as the codec wrote it is an <see cref="InvalidDataException"/>.</summary>
/// <remarks>
/// The array is the cache file as read, and is never changed afterwards, so bodies are kept as slices of it (<see cref="Memory"/>).
/// Short strings (tags, organisations, field names, slugs in the related lists) come back many times a file: each is
/// decoded once and the same string handed out again, from a table that forgets on collision (it only saves work).
/// </remarks>
internal sealed class CodecInput(byte[] bytes, int at = 0)
{
    private const int ShortString = 48; // bytes; longer strings (titles, summaries) rarely repeat
    private const int Slots = 4096;
    private (int Start, int Length, string Value)[]? _strings;
    private int _at = at;

    public bool AtEnd => _at == bytes.Length;

    /// <summary>Where the next value starts.</summary>
    public int Position => _at;

    public byte Byte() => Take(1)[0];

    public bool Bool() => Byte() switch
    {
        0 => false,
        1 => true,
        var other => throw new InvalidDataException($"a boolean of {other}"),
    };

    /// <summary>The marker before a value that may be null: true when a value follows.</summary>
    public bool Present() => Byte() switch
    {
        0 => false,
        1 => true,
        var other => throw new InvalidDataException($"a null marker of {other}"),
    };

    public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    /// <summary>A length or count, which can never exceed the bytes left.</summary>
    public int Count()
    {
        var count = Int();
        return count >= 0 && count <= bytes.Length - _at ? count : throw new InvalidDataException($"a count of {count} at byte {_at}");
    }

    public string String()
    {
        var length = Count();
        var start = _at;
        var text = Take(length);
        if (length == 0)
        {
            return "";
        }

        if (length > ShortString)
        {
            return Encoding.UTF8.GetString(text);
        }

        _strings ??= new (int, int, string)[Slots];
        ref var slot = ref _strings[Hash(text) & (Slots - 1)];
        if (slot.Value is { } known && slot.Length == length && bytes.AsSpan(slot.Start, length).SequenceEqual(text))
        {
            return known;
        }

        var value = Encoding.UTF8.GetString(text);
        slot = (start, length, value);
        return value;
    }

    /// <summary>A run of bytes after its length, as a slice of the array (not a copy).</summary>
    public ReadOnlyMemory<byte> Memory()
    {
        var length = Count();
        Take(length);
        return bytes.AsMemory(_at - length, length);
    }

    /// <summary>Field locations (<see cref="RecordCodec"/>'s form): the path now, the keys when first asked for. Their
    /// bytes are walked here all the same, so that a file that does not read as written is refused now, not later.</summary>
    public FieldLocations Locations()
    {
        var path = String();
        var start = _at;
        var count = Count();
        for (var n = 0; n < count; n++)
        {
            Take(Count());
            Take(8);
            if (Present())
            {
                Take(Count());
            }
        }

        return new FieldLocations(path, new StoredLocations(bytes.AsMemory(start, _at - start), path));
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length > bytes.Length - _at)
        {
            throw new InvalidDataException($"the data ends at byte {bytes.Length}, inside a value");
        }

        _at += length;
        return bytes.AsSpan(_at - length, length);
    }

    // Any spread of short strings over the slots will do; this one reads eight bytes at a time.
    private static int Hash(ReadOnlySpan<byte> text)
    {
        var hash = (ulong)text.Length * 0x9E3779B97F4A7C15;
        while (text.Length >= 8)
        {
            hash = (hash ^ MemoryMarshal.Read<ulong>(text)) * 0x9E3779B97F4A7C15;
            text = text[8..];
        }

        foreach (var b in text)
        {
            hash = (hash ^ b) * 0x100000001B3;
        }

        return (int)(hash ^ (hash >> 32));
    }
}
