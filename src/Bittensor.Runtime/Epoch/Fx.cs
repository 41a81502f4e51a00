using System.Runtime.CompilerServices;

namespace Bittensor.Runtime.Epoch;

/// <summary>
/// The saturating I32F32 operations of the hot loops on raw bits (value × 2^32), identical to
/// <c>I32F32.SaturatingAdd</c>/<c>SaturatingMul</c> (substrate-fixed <c>saturating_add</c>/<c>saturating_mul</c>).
/// </summary>
internal static class Fx
{
    public const long One = 1L << 32;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long SatAdd(long a, long b)
    {
        long r = unchecked(a + b);
        return ((a ^ r) & (b ^ r)) < 0 ? (a < 0 ? long.MinValue : long.MaxValue) : r;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long SatMul(long a, long b)
    {
        long hi = Math.BigMul(a, b, out long lo);
        long r = (long)((ulong)lo >> 32) | (hi << 32);
        return (hi >> 32) != (r >> 63) ? ((a < 0) != (b < 0) ? long.MinValue : long.MaxValue) : r;
    }

    /// <summary>
    /// <see cref="SatMul"/> for <paramref name="a"/> in [0, 1) and <paramref name="b"/> in [0, 1] (bits [0, 2^32) and
    /// [0, 2^32]): the product is below 2^64, so one unsigned multiply gives <c>floor(a·b / 2^32)</c> exactly, which is
    /// what SatMul returns for non-negative operands whose product cannot saturate.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long MulBelowOne(long a, long b) => (long)(((ulong)a * (ulong)b) >> 32);

    /// <summary>Whether every value is a proportion in [0, 1] (bits [0, 2^32]).</summary>
    public static bool AllProportions(ReadOnlySpan<long> values) => values.IndexOfAnyExceptInRange(0L, One) < 0;

    /// <summary><c>fixed_proportion_to_u16</c>: <c>floor(x · 65535)</c> saturated to u16 (65535 is an integer, so the product is exact).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ushort ProportionToU16(long x) => x <= 0 ? (ushort)0 : x >= One ? ushort.MaxValue : (ushort)((x * 65_535) >> 32);
}
