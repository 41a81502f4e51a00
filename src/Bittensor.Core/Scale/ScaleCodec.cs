using System.Buffers;
using Bittensor.Core.Primitives;

namespace Bittensor.Core.Scale;

/// <summary>
/// Whole-value entry points: encode to a byte[] and decode a complete input (parity's <c>encode</c> and
/// <c>decode_all</c>). Use <see cref="ScaleWriter"/>/<see cref="ScaleReader"/> directly to stream several values.
/// </summary>
public static class ScaleCodec
{
    private const int MaxCachedBufferBytes = 64 * 1024;

    // One scratch buffer per thread; taken out of the slot while in use so that a codec that itself
    // calls Encode (e.g. to hash a field) gets its own buffer instead of corrupting the outer one.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? s_scratch;

    /// <summary>The encoding of a self-describing value (<c>ScaleCodec.Encode(header)</c>).</summary>
    public static byte[] Encode<T>(in T value)
        where T : IScaleCodec<T> => Encode<T, T>(in value);

    /// <summary>The encoding of <paramref name="value"/> under <typeparamref name="TCodec"/> (<c>Encode&lt;ushort[], VecCodec&lt;ushort, U16Codec&gt;&gt;(xs)</c>).</summary>
    public static byte[] Encode<T, TCodec>(in T value)
        where TCodec : IScaleCodec<T>
    {
        ArrayBufferWriter<byte> buffer = Rent();
        try
        {
            var writer = new ScaleWriter(buffer);
            TCodec.Encode(in value, ref writer);
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            Return(buffer);
        }
    }

    /// <summary>Appends the encoding of <paramref name="value"/> to <paramref name="output"/>.</summary>
    public static void EncodeTo<T, TCodec>(in T value, IBufferWriter<byte> output)
        where TCodec : IScaleCodec<T>
    {
        var writer = new ScaleWriter(output);
        TCodec.Encode(in value, ref writer);
    }

    /// <summary>BLAKE2b-256 of the encoding (Substrate's <c>Hashing::hash_of</c>: block, extrinsic and payload hashes) without allocating the encoding.</summary>
    public static H256 Blake2b256Of<T, TCodec>(in T value)
        where TCodec : IScaleCodec<T>
    {
        ArrayBufferWriter<byte> buffer = Rent();
        try
        {
            var writer = new ScaleWriter(buffer);
            TCodec.Encode(in value, ref writer);
            return H256.Blake2b256(buffer.WrittenSpan);
        }
        finally
        {
            Return(buffer);
        }
    }

    /// <summary>Decodes a value that must span all of <paramref name="data"/> (trailing bytes are an error).</summary>
    public static T Decode<T>(ReadOnlySpan<byte> data)
        where T : IScaleCodec<T> => Decode<T, T>(data);

    /// <summary>Decodes a value that must span all of <paramref name="data"/> (trailing bytes are an error).</summary>
    public static T Decode<T, TCodec>(ReadOnlySpan<byte> data)
        where TCodec : IScaleCodec<T>
    {
        var reader = new ScaleReader(data);
        T value = TCodec.Decode(ref reader);
        reader.EnsureConsumed();
        return value;
    }

    /// <summary>Like <see cref="Decode{T, TCodec}(ReadOnlySpan{byte})"/> but reports malformed input as false with the message.</summary>
    public static bool TryDecode<T, TCodec>(ReadOnlySpan<byte> data, out T value, out string? error)
        where TCodec : IScaleCodec<T>
    {
        try
        {
            value = Decode<T, TCodec>(data);
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            value = default!;
            error = e.Message;
            return false;
        }
    }

    /// <summary>
    /// This thread's scratch buffer, empty, for encoders that write through a delegate rather than an
    /// <see cref="IScaleCodec{T}"/> (the runtime's storage codecs encode every key and value they touch). Hand it back
    /// with <see cref="ReturnScratch"/>; a nested rent while it is out gets a fresh buffer.
    /// </summary>
    public static ArrayBufferWriter<byte> RentScratch() => Rent();

    /// <summary>Gives back a buffer from <see cref="RentScratch"/> (cleared; dropped when it grew large).</summary>
    public static void ReturnScratch(ArrayBufferWriter<byte> buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        Return(buffer);
    }

    private static ArrayBufferWriter<byte> Rent()
    {
        ArrayBufferWriter<byte>? buffer = s_scratch;
        if (buffer is null)
        {
            return new ArrayBufferWriter<byte>(256);
        }

        s_scratch = null;
        return buffer;
    }

    private static void Return(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.Capacity > MaxCachedBufferBytes)
        {
            return;
        }

        // Clear (not just reset) so encodings of signing payloads do not linger in a thread-static buffer.
        buffer.Clear();
        s_scratch = buffer;
    }
}
