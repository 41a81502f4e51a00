namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>u32</c>: 4 bytes little-endian.</summary>
public readonly struct U32Codec : IScaleCodec<uint>
{
    public static int MinEncodedSize => 4;

    public static void Encode(in uint value, ref ScaleWriter writer) => writer.WriteU32(value);

    public static uint Decode(ref ScaleReader reader) => reader.ReadU32();
}
