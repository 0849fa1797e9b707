using System.Buffers;
using System.Buffers.Binary;

namespace ArchiveSite.Common;

/// <summary>The fixed-size values the cache's files and the view hasher write into a byte buffer, little-endian on
/// every machine, so the same values give the same bytes.</summary>
internal static class BufferWrites
{
    public static void WriteByte(this IBufferWriter<byte> buffer, byte value)
    {
        buffer.GetSpan(1)[0] = value;
        buffer.Advance(1);
    }

    public static void WriteInt32(this IBufferWriter<byte> buffer, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(buffer.GetSpan(4), value);
        buffer.Advance(4);
    }

    public static void WriteInt64(this IBufferWriter<byte> buffer, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(buffer.GetSpan(8), value);
        buffer.Advance(8);
    }
}
