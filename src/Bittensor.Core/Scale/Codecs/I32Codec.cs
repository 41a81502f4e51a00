namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>i32</c>: 4 bytes little-endian two's complement.</summary>
public readonly struct I32Codec : IScaleCodec<int>
{
    public static int MinEncodedSize => 4;

    public static void Encode(in int value, ref ScaleWriter writer) => writer.WriteI32(value);

    public static int Decode(ref ScaleReader reader) => reader.ReadI32();
}
