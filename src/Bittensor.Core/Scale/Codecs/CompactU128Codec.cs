namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>Compact&lt;u128&gt;</c>: canonical compact form.</summary>
public readonly struct CompactU128Codec : IScaleCodec<UInt128>
{
    public static int MinEncodedSize => 1;

    public static void Encode(in UInt128 value, ref ScaleWriter writer) => writer.WriteCompact(value);

    public static UInt128 Decode(ref ScaleReader reader) => reader.ReadCompactU128();
}
