namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>u16</c>: 2 bytes little-endian.</summary>
public readonly struct U16Codec : IScaleCodec<ushort>
{
    public static int MinEncodedSize => 2;

    public static void Encode(in ushort value, ref ScaleWriter writer) => writer.WriteU16(value);

    public static ushort Decode(ref ScaleReader reader) => reader.ReadU16();
}
