namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>u128</c>: 16 bytes little-endian.</summary>
public readonly struct U128Codec : IScaleCodec<UInt128>
{
    public static int MinEncodedSize => 16;

    public static void Encode(in UInt128 value, ref ScaleWriter writer) => writer.WriteU128(value);

    public static UInt128 Decode(ref ScaleReader reader) => reader.ReadU128();
}
