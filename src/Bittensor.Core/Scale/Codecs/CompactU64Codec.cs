namespace Bittensor.Core.Scale;

/// <summary>SCALE codec for <c>Compact&lt;u64&gt;</c>: canonical compact form.</summary>
public readonly struct CompactU64Codec : IScaleCodec<ulong>
{
    public static int MinEncodedSize => 1;

    public static void Encode(in ulong value, ref ScaleWriter writer) => writer.WriteCompact(value);

    public static ulong Decode(ref ScaleReader reader) => reader.ReadCompactU64();
}
