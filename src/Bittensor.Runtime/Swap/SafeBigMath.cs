using System.Collections.Concurrent;
using System.Numerics;

namespace Bittensor.Runtime.Swap;

/// <summary>
/// Port of <c>SafeInt::pow_ratio_scaled</c> from the crate safe-bigmath (sam0x17/safe-bigmath rev 013c499, v0.4.1,
/// the revision opentensor/subtensor@14bc6f9 pins), step for step: the same exact integer-root path for small
/// reduced exponents and the same fixed-point ln/exp series, with the same truncation, floor division, rounding
/// and stopping rules, so results are identical to the last unit.
/// </summary>
/// <remarks>
/// Semantics carried over from num-bigint: <c>div_floor</c> rounds toward −∞, <c>div_rem</c> truncates toward zero,
/// <c>bits()</c> is the minimal bit length (0 for 0). <see cref="BigInteger"/> division truncates, so floor
/// division is done explicitly.
/// </remarks>
public static class SafeBigMath
{
    /// <summary><c>DEFAULT_MAX_ITERS</c>: iteration cap of the fallback series.</summary>
    public const int DefaultMaxIters = 4_096;

    /// <summary><c>MAX_EXACT_EXPONENT</c>: largest reduced exponent numerator/denominator taking the exact path.</summary>
    public const uint MaxExactExponent = 1_024;

    private const uint GuardBits = 24;

    // ln(2) depends only on the requested precision and the iteration cap; memoising it changes no result.
    private static readonly ConcurrentDictionary<(uint Precision, int MaxIters), BigInteger> LnTwoCache = new();

    /// <summary>
    /// <c>floor(scale · (baseNumerator / baseDenominator)^(exponentNumerator / exponentDenominator))</c>, or
    /// <see langword="null"/> when a denominator is zero, the base or scale is negative, or an exponent term is negative.
    /// A zero base gives 0 and a zero exponent gives <paramref name="scale"/>. The exponent fraction is reduced by its
    /// gcd; when both terms are ≤ <see cref="MaxExactExponent"/> the result is exact (integer n-th root), otherwise it
    /// comes from the ln/exp series at <c>max(precision, 32, bits(scale) + 8)</c> bits plus 24 guard bits.
    /// </summary>
    /// <remarks>safe-bigmath <c>src/integer.rs::SafeInt::pow_ratio_scaled</c> / <c>pow_ratio_scaled_with_max_iters</c>.</remarks>
    public static BigInteger? PowRatioScaled(
        BigInteger baseNumerator,
        BigInteger baseDenominator,
        BigInteger exponentNumerator,
        BigInteger exponentDenominator,
        uint precision,
        BigInteger scale,
        int? maxIters = null)
    {
        if (baseDenominator.IsZero || exponentDenominator.IsZero)
        {
            return null;
        }

        if (baseNumerator.IsZero)
        {
            return BigInteger.Zero;
        }

        if (scale.Sign < 0 || baseNumerator.Sign < 0 || baseDenominator.Sign < 0)
        {
            return null;
        }

        if (exponentNumerator.Sign < 0 || exponentDenominator.Sign < 0)
        {
            return null;
        }

        BigInteger expNum = exponentNumerator;
        BigInteger expDen = exponentDenominator;
        if (expNum.IsZero)
        {
            return scale;
        }

        BigInteger g = BigInteger.GreatestCommonDivisor(expNum, expDen);
        if (g > BigInteger.One)
        {
            expNum /= g;
            expDen /= g;
        }

        long scaleBitsLong = (long)scale.GetBitLength();
        uint scaleBits = scaleBitsLong > uint.MaxValue ? uint.MaxValue : (uint)scaleBitsLong;

        if (expNum.GetBitLength() <= 32 && expDen.GetBitLength() <= 32)
        {
            uint expNumU32 = (uint)expNum;
            uint expDenU32 = (uint)expDen;
            if (expNumU32 <= MaxExactExponent && expDenU32 <= MaxExactExponent)
            {
                BigInteger targetNum = BigInteger.Pow(baseNumerator, (int)expNumU32) * BigInteger.Pow(scale, (int)expDenU32);
                BigInteger targetDen = BigInteger.Pow(baseDenominator, (int)expNumU32);
                return NthRootRatioFloor(targetNum, targetDen, expDenU32);
            }
        }

        uint requestedPrecision = Math.Max(Math.Max(precision, 32u), scaleBits > uint.MaxValue - 8 ? uint.MaxValue : scaleBits + 8);
        uint internalPrecision = requestedPrecision > uint.MaxValue - GuardBits ? uint.MaxValue : requestedPrecision + GuardBits;
        int defaultMaxIters = (int)Math.Min(DefaultMaxIters, (long)internalPrecision + 128);
        int iters = Math.Max(maxIters ?? defaultMaxIters, 1);

        BigInteger targetScale = BigInteger.One << (int)requestedPrecision;
        BigInteger guardFactor = BigInteger.One << (int)GuardBits;
        BigInteger internalScale = targetScale << (int)GuardBits;

        BigInteger lnTwo = LnTwoCache.GetOrAdd(
            (requestedPrecision, iters),
            static (key, state) => -Ln1pFixed(-(state.InternalScale >> 1), state.InternalScale, state.GuardFactor, key.MaxIters),
            (InternalScale: internalScale, GuardFactor: guardFactor));

        BigInteger lnNum = LnBigUint(baseNumerator, (int)internalPrecision, internalScale, guardFactor, lnTwo, iters);
        BigInteger lnDen = LnBigUint(baseDenominator, (int)internalPrecision, internalScale, guardFactor, lnTwo, iters);
        BigInteger lnBase = lnNum - lnDen;

        BigInteger lnScaled = FloorDiv(lnBase * expNum, expDen);
        BigInteger expFp = ExpFixed(lnScaled, internalScale, guardFactor, iters);
        BigInteger expRequested = RoundToPrecision(expFp, guardFactor);
        return FloorDiv(expRequested * scale, targetScale);
    }

    /// <summary>Largest <c>r</c> with <c>r^q · targetDen ≤ targetNum</c> (0 for q = 0), by doubling then bisection.</summary>
    /// <remarks>safe-bigmath <c>src/integer.rs::nth_root_ratio_floor</c>.</remarks>
    internal static BigInteger NthRootRatioFloor(BigInteger targetNum, BigInteger targetDen, uint q)
    {
        if (q == 0)
        {
            return BigInteger.Zero;
        }

        BigInteger low = BigInteger.Zero;
        BigInteger high = BigInteger.One;
        while (BigInteger.Pow(high, (int)q) * targetDen <= targetNum)
        {
            high <<= 1;
        }

        while (low < high)
        {
            BigInteger mid = (low + high + 1) >> 1;
            if (BigInteger.Pow(mid, (int)q) * targetDen <= targetNum)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    /// <summary>ln(1 + x) in fixed point by the Taylor series, stopping when a term vanishes, drops below the guard or no longer changes the rounded value.</summary>
    /// <remarks>safe-bigmath <c>src/integer.rs::ln1p_fixed</c>.</remarks>
    internal static BigInteger Ln1pFixed(BigInteger x, BigInteger scale, BigInteger guardFactor, int maxIters)
    {
        BigInteger term = x;
        BigInteger result = term;
        BigInteger prevRounded = RoundToPrecision(result, guardFactor);
        BigInteger guardAbs = BigInteger.Abs(guardFactor);
        for (int n = 2; n <= maxIters; n++)
        {
            term = FloorDiv(term * x, scale);
            if (term.IsZero)
            {
                break;
            }

            BigInteger next = FloorDiv(term, n);
            if (next.IsZero)
            {
                break;
            }

            if (n % 2 == 0)
            {
                result -= next;
            }
            else
            {
                result += next;
            }

            BigInteger rounded = RoundToPrecision(result, guardFactor);
            if (BigInteger.Abs(next) < guardAbs || rounded == prevRounded)
            {
                break;
            }

            prevRounded = rounded;
        }

        return result;
    }

    /// <summary>e^x in fixed point by the Taylor series, with the same stopping rules as <see cref="Ln1pFixed"/>.</summary>
    /// <remarks>safe-bigmath <c>src/integer.rs::exp_fixed</c>.</remarks>
    internal static BigInteger ExpFixed(BigInteger x, BigInteger scale, BigInteger guardFactor, int maxIters)
    {
        BigInteger term = scale;
        BigInteger result = term;
        BigInteger prevRounded = RoundToPrecision(result, guardFactor);
        BigInteger guardAbs = BigInteger.Abs(guardFactor);
        for (int n = 1; n <= maxIters; n++)
        {
            term = FloorDiv(term * x, scale * n);
            if (term.IsZero)
            {
                break;
            }

            result += term;
            BigInteger rounded = RoundToPrecision(result, guardFactor);
            if (BigInteger.Abs(term) < guardAbs || rounded == prevRounded)
            {
                break;
            }

            prevRounded = rounded;
        }

        return result;
    }

    /// <summary>ln(value) with the mantissa normalised into [0.75, 1.5) before the series, plus <c>shift · ln 2</c>.</summary>
    /// <remarks>safe-bigmath <c>src/integer.rs::ln_biguint</c>.</remarks>
    internal static BigInteger LnBigUint(BigInteger value, int internalPrecision, BigInteger internalScale, BigInteger guardFactor, BigInteger lnTwo, int maxIters)
    {
        if (value.IsZero)
        {
            return BigInteger.Zero;
        }

        long bits = (long)value.GetBitLength();
        long shift = bits > 0 ? bits - 1 : 0;
        BigInteger mantissa = (value << internalPrecision) >> (int)shift;
        BigInteger halfScale = internalScale >> 1;
        if (mantissa >= internalScale + halfScale)
        {
            mantissa >>= 1;
            shift++;
        }

        BigInteger lnMantissa = Ln1pFixed(mantissa - internalScale, internalScale, guardFactor, maxIters);
        return lnMantissa + (lnTwo * shift);
    }

    /// <summary>Drops the guard bits: truncating division, then away from zero when the remainder is at least half.</summary>
    /// <remarks>safe-bigmath <c>src/integer.rs::round_to_precision</c>.</remarks>
    internal static BigInteger RoundToPrecision(BigInteger value, BigInteger guardFactor)
    {
        BigInteger truncated = BigInteger.DivRem(value, guardFactor, out BigInteger remainder);
        if (!remainder.IsZero && (BigInteger.Abs(remainder) << 1) >= BigInteger.Abs(guardFactor))
        {
            truncated += remainder.Sign;
        }

        return truncated;
    }

    /// <summary>num-integer <c>div_floor</c>: quotient rounded toward −∞.</summary>
    internal static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        BigInteger q = BigInteger.DivRem(a, b, out BigInteger r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0))
        {
            q -= 1;
        }

        return q;
    }
}
