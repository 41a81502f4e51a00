namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>i16</c>: 2 bytes little-endian two's complement.</summary>
public readonly struct I16Codec : IScaleCodec<short>
{
    public static int MinEncodedSize => 2;

    public static void Encode(in short value, ref ScaleWriter writer) => writer.WriteI16(value);

    public static short Decode(ref ScaleReader reader) => reader.ReadI16();
}
