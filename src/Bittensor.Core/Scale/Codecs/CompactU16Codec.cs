namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>Compact&lt;u16&gt;</c>: canonical compact form.</summary>
public readonly struct CompactU16Codec : IScaleCodec<ushort>
{
    public static int MinEncodedSize => 1;

    public static void Encode(in ushort value, ref ScaleWriter writer) => writer.WriteCompact(value);

    public static ushort Decode(ref ScaleReader reader) => reader.ReadCompactU16();
}
