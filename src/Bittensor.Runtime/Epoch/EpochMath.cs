using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Epoch;

/// <summary>
/// The vector and matrix helpers of Yuma consensus, ported one function at a time from subtensor
/// <c>pallets/subtensor/src/epoch/math.rs</c> (opentensor/subtensor@14bc6f9).
/// </summary>
/// <remarks>
/// <para>Conventions carried over from upstream so that results are bit-identical:</para>
/// <list type="bullet">
/// <item>All arithmetic is <see cref="I32F32"/> (I64F64 where the name says <c>64</c>) with the same
/// saturating/checked operation upstream uses; <c>safe_div</c> is <see cref="FixedSafeMath.SafeDiv{T}"/> (0 on a zero divisor).</item>
/// <item>Plain sums (<c>iter().sum()</c>) wrap on overflow, as the release-built runtime does.</item>
/// <item>Sparse matrices are rows of <c>(Col, Value)</c> in the order given; entries with value 0 are kept
/// wherever upstream keeps them (an explicit zero weight is meaningful to bonds).</item>
/// <item>Length mismatches are handled the way upstream handles them (it logs and carries on with the shorter
/// input, or returns a documented fallback); nothing here throws for shapes.</item>
/// </list>
/// </remarks>
public static partial class EpochMath
{
    private static I32F32 U16Max { get; } = I32F32.FromInt(ushort.MaxValue);

    /// <summary>Upstream <c>get_safe</c>: the element at <paramref name="index"/>, or the default when out of range.</summary>
    private static T GetSafe<T>(ReadOnlySpan<T> values, int index)
        where T : struct => (uint)index < (uint)values.Length ? values[index] : default;
}
