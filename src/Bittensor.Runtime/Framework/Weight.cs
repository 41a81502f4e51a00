using Bittensor.Core.Scale;

namespace Bittensor.Runtime.Framework;

/// <summary>
/// <c>sp_weights::Weight</c> (weight_v2.rs): ref_time (picoseconds of execution) and proof_size (bytes), both encoded as
/// <c>Compact&lt;u64&gt;</c>. Arithmetic saturates, as FRAME's.
/// </summary>
public readonly record struct Weight(ulong RefTime, ulong ProofSize) : IScaleCodec<Weight>
{
    public static Weight Zero => default;

    public static Weight FromRefTime(ulong refTime) => new(refTime, 0);

    public Weight SaturatingAdd(Weight other) => new(Sat(RefTime, other.RefTime), Sat(ProofSize, other.ProofSize));

    public Weight SaturatingSub(Weight other) =>
        new(RefTime > other.RefTime ? RefTime - other.RefTime : 0, ProofSize > other.ProofSize ? ProofSize - other.ProofSize : 0);

    /// <summary>Component-wise minimum (Weight::min).</summary>
    public Weight Min(Weight other) => new(Math.Min(RefTime, other.RefTime), Math.Min(ProofSize, other.ProofSize));

    /// <summary>True when either component exceeds <paramref name="limit"/>'s (Weight::any_gt).</summary>
    public bool AnyGreaterThan(Weight limit) => RefTime > limit.RefTime || ProofSize > limit.ProofSize;

    public static int MinEncodedSize => 2;

    public static void Encode(in Weight value, ref ScaleWriter writer)
    {
        writer.WriteCompact(value.RefTime);
        writer.WriteCompact(value.ProofSize);
    }

    public static Weight Decode(ref ScaleReader reader) => new(reader.ReadCompactU64(), reader.ReadCompactU64());

    private static ulong Sat(ulong a, ulong b) => a > ulong.MaxValue - b ? ulong.MaxValue : a + b;
}
