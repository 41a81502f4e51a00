namespace Bittensor.Runtime.Epoch;

/// <summary>
/// The saturating I32F32 operations of the hot loops on raw bits (value × 2^32), identical to
/// <c>I32F32.SaturatingAdd</c>/<c>SaturatingMul</c> (substrate-fixed <c>saturating_add</c>/<c>saturating_mul</c>).
/// </summary>
internal static class Fx
{
    public const long One = 1L << 32;

    public static long SatAdd(long a, long b)
    {
        long r = unchecked(a + b);
        return ((a ^ r) & (b ^ r)) < 0 ? (a < 0 ? long.MinValue : long.MaxValue) : r;
    }

    public static long SatMul(long a, long b)
    {
        long hi = Math.BigMul(a, b, out long lo);
        long r = (long)((ulong)lo >> 32) | (hi << 32);
        return (hi >> 32) != (r >> 63) ? ((a < 0) != (b < 0) ? long.MinValue : long.MaxValue) : r;
    }

    /// <summary><c>fixed_proportion_to_u16</c>: <c>floor(x · 65535)</c> saturated to u16 (65535 is an integer, so the product is exact).</summary>
    public static ushort ProportionToU16(long x) => x <= 0 ? (ushort)0 : x >= One ? ushort.MaxValue : (ushort)((x * 65_535) >> 32);
}
