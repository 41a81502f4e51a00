using System.Runtime.CompilerServices;
using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Epoch;

/// <summary>
/// <see cref="FixedTranscendental.Exp{T}(T)"/> for I32F32, on raw bits: the same series, step for step, without the
/// generic fixed-point layer (its conversions and 128-bit division by the step index go through Int128).
/// </summary>
/// <remarks>
/// <para>substrate-fixed v0.6.0 <c>src/transcendental.rs::exp</c> for I32F32: 0 → 1, exactly 1 → e (I9F23), otherwise
/// with <c>x = |operand|</c>: <c>result = 1 + x</c>, <c>term = x</c>, and for <c>i = 2 .. 31</c>:
/// <c>term = checked_mul(term, x)</c> then <c>checked_div(term, i)</c>, <c>result = checked_add(result, term)</c>;
/// a negative operand returns <c>1 / result</c>. None (null here) on any overflow.</para>
/// <para>Why the shortcuts are exact, for the non-negative values the series sees: <c>checked_mul</c> is
/// <c>floor(term·x / 2^32)</c>, an overflow exactly when that is ≥ 2^63; dividing by the integer i in I32F32 is
/// <c>floor((p·2^32) / (i·2^32)) = floor(p / i)</c>, which cannot overflow; once a term is 0 every later term is 0
/// and adds nothing, so the loop may stop there; <c>1 / result</c> is <c>floor(2^64 / result)</c>, below 2^32 because
/// result &gt; 1.</para>
/// <para>Justified by the liquid-alpha epoch (bench/EpochBenchmarks), which evaluates one series per bond-weight
/// entry; <c>SeriesExpTests</c> compares it with the generic port.</para>
/// </remarks>
internal static class SeriesExp
{
    private const int FractionalBits = 32;
    private const long One = 1L << FractionalBits;

    private static readonly long EBits = I32F32.FromFixed(FixedTranscendental.E).Bits;

    private static readonly UnsignedDivisor[] StepDivisors = [.. Enumerable.Range(0, FractionalBits).Select(i => new UnsignedDivisor((ulong)Math.Max(i, 1)))];

    /// <summary>e^operand (I32F32 bits), or null where upstream's <c>exp</c> errs (overflow).</summary>
    public static long? Exp(long operand)
    {
        if (operand == 0)
        {
            return One;
        }

        if (operand == One)
        {
            return EBits;
        }

        bool negative = operand < 0;
        if (negative)
        {
            if (operand == long.MinValue)
            {
                return null;
            }

            operand = -operand;
        }

        ulong x = (ulong)operand;
        if (x > long.MaxValue - One)
        {
            return null;
        }

        ulong result = x + One;
        ulong term = x;
        for (int i = 2; i < FractionalBits; i++)
        {
            ulong high = Math.BigMul(term, x, out ulong low);
            if (high >= 1UL << 31)
            {
                // floor(term·x / 2^32) ≥ 2^63: checked_mul overflows.
                return null;
            }

            term = StepDivisors[i].Divide((high << 32) | (low >> 32));
            result += term;
            if (result > long.MaxValue)
            {
                return null;
            }

            if (term == 0)
            {
                break;
            }
        }

        return negative ? Reciprocal(result) : (long)result;
    }

    /// <summary><c>1 / r</c> in I32F32 bits for r &gt; 2^32: <c>floor(2^64 / r)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Reciprocal(ulong r) => (long)(ulong)(((UInt128)1 << 64) / r);
}
