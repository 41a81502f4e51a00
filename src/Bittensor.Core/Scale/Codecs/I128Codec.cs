namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>i128</c>: 16 bytes little-endian two's complement.</summary>
public readonly struct I128Codec : IScaleCodec<Int128>
{
    public static int MinEncodedSize => 16;

    public static void Encode(in Int128 value, ref ScaleWriter writer) => writer.WriteI128(value);

    public static Int128 Decode(ref ScaleReader reader) => reader.ReadI128();
}
