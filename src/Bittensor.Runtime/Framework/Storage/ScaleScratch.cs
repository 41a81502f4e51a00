using System.Buffers;

namespace Bittensor.Runtime.Framework.Storage;

/// <summary>
/// A per-thread buffer to SCALE-encode storage keys and values into before copying out the exact bytes: every storage
/// access encodes, and a fresh <see cref="ArrayBufferWriter{T}"/> each time was most of a block's allocation. Rent and
/// return strictly nest; a nested encode (a codec encoding through another storage codec) finds the slot empty and gets
/// its own buffer.
/// </summary>
internal static class ScaleScratch
{
    /// <summary>Buffers that grew beyond this are dropped rather than kept for the thread's lifetime.</summary>
    private const int MaxRetained = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? s_buffer;

    public static ArrayBufferWriter<byte> Rent()
    {
        ArrayBufferWriter<byte>? buffer = s_buffer;
        if (buffer is null)
        {
            return new ArrayBufferWriter<byte>(256);
        }

        s_buffer = null;
        buffer.ResetWrittenCount();
        return buffer;
    }

    public static void Return(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.Capacity <= MaxRetained)
        {
            s_buffer = buffer;
        }
    }
}
