using System.Buffers;
using ArchiveSite.Archiving;

namespace ArchiveSite.Cache;

/// <summary>The archive's related digests as the cache keeps them (<see cref="KeptRelated"/>, in <see cref="RecordCodec"/>'s
/// form): the next build carries them over instead of scoring 10,000 digests again, when none of what they were scored
/// from moved.</summary>
internal static class RelatedFile
{
    /// <param name="sizeHint">About how many bytes it takes (the last file's length): the buffer is made that size once.</param>
    public static byte[] Write(List<KeptRelated> related, long sizeHint = 0)
    {
        var buffer = new ArrayBufferWriter<byte>((int)Math.Clamp(sizeHint + (sizeHint / 16), 1024 * 1024, Array.MaxLength / 2));
        RecordCodec.Write(new CodecOutput(buffer), related);
        return buffer.WrittenSpan.ToArray();
    }

    public static List<KeptRelated> Read(byte[] bytes)
    {
        var input = new CodecInput(bytes);
        var related = RecordCodec.Read<List<KeptRelated>>(input) ?? throw new InvalidDataException("no related digests");
        return input.AtEnd ? related : throw new InvalidDataException("bytes after the related digests");
    }
}
