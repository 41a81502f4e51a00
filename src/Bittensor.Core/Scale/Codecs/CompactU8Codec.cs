namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>Compact&lt;u8&gt;</c>: canonical compact form.</summary>
public readonly struct CompactU8Codec : IScaleCodec<byte>
{
    public static int MinEncodedSize => 1;

    public static void Encode(in byte value, ref ScaleWriter writer) => writer.WriteCompact(value);

    public static byte Decode(ref ScaleReader reader) => reader.ReadCompactU8();
}
