namespace Bittensor.Core.FixedPoint;

/// <summary>Conversions between fixed-point types, and from <see cref="double"/>, by exact integer arithmetic.</summary>
/// <remarks>
/// Mirrors substrate-fixed v0.6.0 <c>int_helper.rs::to_fixed_helper</c> / <c>float_helper.rs::to_float_kind</c>:
/// fixed → fixed drops extra fractional bits with an arithmetic shift (floor), adds missing ones exactly,
/// and reports overflow when the result is out of range; float → fixed rounds the float's exact binary
/// value to nearest, ties to even.
/// </remarks>
internal static class FixedConvert
{
    public static TDst Convert<TSrc, TDst>(TSrc value, out bool overflow)
        where TSrc : struct, IFixedPoint<TSrc>
        where TDst : struct, IFixedPoint<TDst>
    {
        value.Decompose(out bool negative, out UInt128 magnitude);
        int shift = TSrc.FractionalBits - TDst.FractionalBits;
        overflow = false;
        if (shift > 0)
        {
            magnitude = ShiftRightFloor(negative, magnitude, shift);
        }
        else if (shift < 0)
        {
            overflow = WideArithmetic.BitLength(magnitude) > 128 + shift;
            magnitude <<= -shift;
        }

        overflow |= !Fits<TDst>(negative, magnitude);
        return TDst.FromMagnitude(negative, magnitude);
    }

    public static TDst Saturate<TDst>(bool negative)
        where TDst : struct, IFixedPoint<TDst> => negative ? TDst.MinValue : TDst.MaxValue;

    /// <summary>
    /// Converts a finite <see cref="double"/> to <typeparamref name="TDst"/>, rounding to nearest with ties to even.
    /// Infinity reports overflow; NaN throws (substrate-fixed panics).
    /// </summary>
    public static TDst FromDouble<TDst>(double value, out bool overflow, out bool negative)
        where TDst : struct, IFixedPoint<TDst>
    {
        if (double.IsNaN(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "NaN has no fixed-point value.");
        }

        long raw = BitConverter.DoubleToInt64Bits(value);
        negative = raw < 0;
        if (double.IsInfinity(value))
        {
            overflow = true;
            return Saturate<TDst>(negative);
        }

        int biased = (int)((raw >> 52) & 0x7FF);
        ulong mantissa = (ulong)raw & ((1UL << 52) - 1);
        if (biased != 0)
        {
            mantissa |= 1UL << 52;
        }

        // value = mantissa * 2^exponent; scaled = mantissa * 2^(exponent + frac).
        int exponent = (biased == 0 ? 1 : biased) - 1075;
        int scale = exponent + TDst.FractionalBits;
        UInt128 magnitude;
        overflow = false;
        if (mantissa == 0)
        {
            magnitude = UInt128.Zero;
        }
        else if (scale >= 0)
        {
            overflow = WideArithmetic.BitLength(mantissa) + scale > 128;
            magnitude = overflow ? UInt128.Zero : (UInt128)mantissa << scale;
        }
        else
        {
            magnitude = ShiftRightTiesToEven(mantissa, -scale);
        }

        overflow |= !Fits<TDst>(negative, magnitude);
        return TDst.FromMagnitude(negative, magnitude);
    }

    /// <summary>Whether <c>±magnitude</c> fits a container of <typeparamref name="TDst"/>'s width and signedness.</summary>
    public static bool Fits<TDst>(bool negative, UInt128 magnitude)
        where TDst : struct, IFixedPoint<TDst>
    {
        int bits = TDst.IntegerBits + TDst.FractionalBits;
        if (!TDst.IsSigned)
        {
            return negative ? magnitude == UInt128.Zero : WideArithmetic.BitLength(magnitude) <= bits;
        }

        UInt128 limit = UInt128.One << (bits - 1);
        return negative ? magnitude <= limit : magnitude < limit;
    }

    /// <summary>⌊±magnitude / 2^shift⌋ expressed again as a magnitude (negative values round away from zero).</summary>
    private static UInt128 ShiftRightFloor(bool negative, UInt128 magnitude, int shift)
    {
        if (shift >= 128)
        {
            return negative && magnitude != UInt128.Zero ? UInt128.One : UInt128.Zero;
        }

        UInt128 quotient = magnitude >> shift;
        bool inexact = (quotient << shift) != magnitude;
        return negative && inexact ? quotient + UInt128.One : quotient;
    }

    private static UInt128 ShiftRightTiesToEven(ulong mantissa, int shift)
    {
        if (shift > 64)
        {
            // mantissa < 2^53, so the value is below 2^-11 of one unit: rounds to zero.
            return UInt128.Zero;
        }

        UInt128 m = mantissa;
        UInt128 quotient = m >> shift;
        UInt128 remainder = m - (quotient << shift);
        UInt128 half = UInt128.One << (shift - 1);
        if (remainder > half || (remainder == half && (quotient & UInt128.One) != UInt128.Zero))
        {
            quotient++;
        }

        return quotient;
    }
}
