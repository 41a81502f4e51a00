namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>Compact&lt;u32&gt;</c>: canonical compact form.</summary>
public readonly struct CompactU32Codec : IScaleCodec<uint>
{
    public static int MinEncodedSize => 1;

    public static void Encode(in uint value, ref ScaleWriter writer) => writer.WriteCompact(value);

    public static uint Decode(ref ScaleReader reader) => reader.ReadCompactU32();
}
