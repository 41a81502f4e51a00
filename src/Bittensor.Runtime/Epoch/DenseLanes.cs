using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Bittensor.Runtime.Epoch;

/// <summary>
/// The I32F32 proportion arithmetic of the dense Yuma 3 path (<see cref="YumaEpoch"/>), eight cells at a time on
/// AVX-512 and one at a time otherwise, with identical results: every operand is a proportion (raw bits in
/// [0, 2^32]), so each product and quotient is computed exactly from 32 × 32 → 64-bit pieces and one correction step,
/// never by floating point.
/// </summary>
/// <remarks>
/// <para>Products: <c>floor(a·x / 2^32)</c> with <c>a, x ≤ 2^32</c> is what substrate-fixed <c>saturating_mul</c>
/// returns for such operands (the product cannot saturate). Writing <c>a = a_h·2^32 + a_l</c> (a_h ∈ {0, 1}) and the
/// same for x, it equals <c>floor(a_l·x_l / 2^32) + a_h·x + x_h·a_l</c> (when a_h = 1, a_l = 0).</para>
/// <para>Quotients: <c>floor(x·2^32 / d)</c> (what <c>safe_div</c> returns for a non-negative numerator and positive
/// divisor when the quotient fits) for <c>0 ≤ x ≤ min(d, 2^32)</c>: with <c>R = floor((2^64 − 1) / d) ≥ 2^64/d − 1</c>,
/// <c>x·R / 2^32 ≥ x·2^32/d − x/2^32 ≥ x·2^32/d − 1</c>, so <c>floor(x·R / 2^32)</c> is the quotient or one less, and
/// one test of the remainder <c>x·2^32 − q·d</c> (exact modulo 2^64: its true value is below 2d &lt; 2^64) settles it.</para>
/// </remarks>
internal static class DenseLanes
{
    /// <summary>The lane count of the vector kernels; dense rows are padded to a multiple of it.</summary>
    public const int Lanes = 8;

    private const ulong Low32 = 0xFFFF_FFFFUL;

    /// <summary><paramref name="count"/> rounded up to a whole number of lanes.</summary>
    public static int Padded(int count) => (count + Lanes - 1) / Lanes * Lanes;

    /// <summary>Whether the eight-lane kernels run (vpmuludq, vpmullq, vpcompressd).</summary>
    public static bool Accelerated => Avx512F.IsSupported && Avx512F.VL.IsSupported && Avx512DQ.IsSupported;

    /// <summary>The divisor pair of <see cref="Quotient(Vector512{ulong}, Vector512{ulong}, Vector512{ulong})"/> for d ≥ 1; for d = 0 one that maps 0 to 0.</summary>
    public static (ulong Reciprocal, ulong Divisor) Reciprocal(ulong d) => d == 0 ? (0UL, ulong.MaxValue) : (ulong.MaxValue / d, d);

    /// <summary><c>floor(a·x / 2^32)</c>, a and x ≤ 2^32.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MulHi(ulong a, ulong x) => (ulong)(((UInt128)a * x) >> 32);

    /// <summary><c>floor(a·x / 2^32)</c> per lane, a and x ≤ 2^32.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> MulHi(Vector512<ulong> a, Vector512<ulong> x)
    {
        Vector512<ulong> low = Avx512F.Multiply(a.AsUInt32(), x.AsUInt32()) >>> 32;
        Vector512<ulong> aHigh = Vector512<ulong>.Zero - (a >>> 32);
        Vector512<ulong> xHigh = Vector512<ulong>.Zero - (x >>> 32);
        return low + (x & aHigh) + (a & Vector512.Create(Low32) & xHigh);
    }

    /// <summary><c>floor(a·x / 2^32)</c> per lane for one <paramref name="a"/> below 2^32 and x ≤ 2^32.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> MulHiBelowOne(Vector512<ulong> a, Vector512<ulong> x)
    {
        Vector512<ulong> low = Avx512F.Multiply(a.AsUInt32(), x.AsUInt32()) >>> 32;
        return low + (a & (Vector512<ulong>.Zero - (x >>> 32)));
    }

    /// <summary>
    /// <c>floor(x·2^32 / d)</c> for 0 ≤ x ≤ min(d, 2^32), given <c>(R, d)</c> from <see cref="Reciprocal(ulong)"/>: the
    /// lane algorithm on one cell (a 64 × 64 → 128-bit multiply instead of the 32-bit pieces).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Quotient(ulong x, ulong reciprocal, ulong divisor)
    {
        ulong high = Math.BigMul(x, reciprocal, out ulong low);
        ulong q = (high << 32) | (low >> 32);
        ulong remainder = unchecked((x << 32) - (q * divisor));
        return remainder >= divisor ? q + 1 : q;
    }

    /// <summary>
    /// <c>floor(x·2^32 / d)</c> per lane for 0 ≤ x ≤ min(d, 2^32), given <c>(R, d)</c> from <see cref="Reciprocal(ulong)"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> Quotient(Vector512<ulong> x, Vector512<ulong> reciprocal, Vector512<ulong> divisor)
    {
        // floor(x·R / 2^32) = x_h·R + x_l·R_h + floor(x_l·R_l / 2^32); at most the quotient, so no term overflows.
        Vector512<ulong> q = Avx512F.Multiply(x.AsUInt32(), (reciprocal >>> 32).AsUInt32())
            + (Avx512F.Multiply(x.AsUInt32(), reciprocal.AsUInt32()) >>> 32)
            + (reciprocal & (Vector512<ulong>.Zero - (x >>> 32)));
        Vector512<ulong> remainder = (x << 32) - Avx512DQ.MultiplyLow(q, divisor);
        return q - Vector512.GreaterThanOrEqual(remainder, divisor);
    }

    /// <summary><c>I32F32(v).safe_div(65535)</c> in bits (see <see cref="YumaEpoch"/>'s U16Proportion), per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> U16Proportion(Vector512<ulong> v)
        => Avx512F.Multiply(v.AsUInt32(), Vector512.Create(65_537UL).AsUInt32())
            + (Vector512.Equals(v, Vector512.Create((ulong)ushort.MaxValue)) & Vector512<ulong>.One);

    /// <summary><c>fixed_proportion_to_u16</c> per lane for x ≤ 2^32: <c>floor(x·65535 / 2^32)</c>, 65535 at 2^32.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> ProportionToU16(Vector512<ulong> x)
        => (Avx512F.Multiply(x.AsUInt32(), Vector512.Create(65_535UL).AsUInt32()) >>> 32)
            + (Vector512.Create((ulong)ushort.MaxValue) & (Vector512<ulong>.Zero - (x >>> 32)));

    /// <summary>Eight u16 cells widened to u64 lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> Widen(ref ushort first) => Avx512F.ConvertToVector512UInt64(Vector128.LoadUnsafe(ref first));
}
