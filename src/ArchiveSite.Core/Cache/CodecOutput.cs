using System.Buffers;
using System.Text;
using ArchiveSite.Common;

namespace ArchiveSite.Cache;

/// <summary>The bytes <see cref="RecordCodec"/> writes: little-endian numbers, UTF-8 strings and byte runs after their length.</summary>
internal sealed class CodecOutput(ArrayBufferWriter<byte> buffer)
{
    public void Byte(byte value) => buffer.WriteByte(value);

    public void Bool(bool value) => buffer.WriteByte(value ? (byte)1 : (byte)0);

    public void Int(int value) => buffer.WriteInt32(value);

    public void String(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        Int(length);
        Encoding.UTF8.GetBytes(value, buffer.GetSpan(length));
        buffer.Advance(length);
    }

    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        Int(bytes.Length);
        buffer.Write(bytes);
    }

    /// <summary>Bytes written before, by this codec, copied as they are (no length first).</summary>
    public void Copy(ReadOnlySpan<byte> encoded) => buffer.Write(encoded);
}
