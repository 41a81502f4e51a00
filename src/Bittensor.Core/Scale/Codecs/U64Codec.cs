namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>u64</c>: 8 bytes little-endian.</summary>
public readonly struct U64Codec : IScaleCodec<ulong>
{
    public static int MinEncodedSize => 8;

    public static void Encode(in ulong value, ref ScaleWriter writer) => writer.WriteU64(value);

    public static ulong Decode(ref ScaleReader reader) => reader.ReadU64();
}
