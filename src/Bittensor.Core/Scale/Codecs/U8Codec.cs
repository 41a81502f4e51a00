namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>u8</c>: one byte.</summary>
public readonly struct U8Codec : IScaleCodec<byte>
{
    public static int MinEncodedSize => 1;

    public static void Encode(in byte value, ref ScaleWriter writer) => writer.WriteU8(value);

    public static byte Decode(ref ScaleReader reader) => reader.ReadU8();
}
