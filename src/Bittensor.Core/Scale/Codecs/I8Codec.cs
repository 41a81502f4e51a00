namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>i8</c>: one byte, two's complement.</summary>
public readonly struct I8Codec : IScaleCodec<sbyte>
{
    public static int MinEncodedSize => 1;

    public static void Encode(in sbyte value, ref ScaleWriter writer) => writer.WriteI8(value);

    public static sbyte Decode(ref ScaleReader reader) => reader.ReadI8();
}
