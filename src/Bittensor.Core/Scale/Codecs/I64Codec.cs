namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>i64</c>: 8 bytes little-endian two's complement.</summary>
public readonly struct I64Codec : IScaleCodec<long>
{
    public static int MinEncodedSize => 8;

    public static void Encode(in long value, ref ScaleWriter writer) => writer.WriteI64(value);

    public static long Decode(ref ScaleReader reader) => reader.ReadI64();
}
