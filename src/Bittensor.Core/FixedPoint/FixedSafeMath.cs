namespace Bittensor.Core.FixedPoint;

/// <summary>
/// subtensor's safe-math helpers for fixed-point values (<c>primitives/safe-math/src/lib.rs</c>, traits
/// <c>SafeDiv</c> and <c>FixedExt</c>, opentensor/subtensor@14bc6f9).
/// </summary>
public static class FixedSafeMath
{
    /// <summary><c>checked_div(rhs).unwrap_or_default()</c>: 0 on a zero divisor or overflow.</summary>
    /// <remarks>subtensor <c>FixedExt::safe_div</c>.</remarks>
    public static T SafeDiv<T>(this T value, T rhs)
        where T : struct, IFixedPoint<T> => value.CheckedDiv(rhs) ?? T.Zero;

    /// <summary><c>checked_div(rhs).unwrap_or(fallback)</c>.</summary>
    /// <remarks>subtensor <c>FixedExt::safe_div_or</c>.</remarks>
    public static T SafeDivOr<T>(this T value, T rhs, T fallback)
        where T : struct, IFixedPoint<T> => value.CheckedDiv(rhs) ?? fallback;

    /// <summary>|value − other| computed with saturating subtraction.</summary>
    /// <remarks>subtensor <c>FixedExt::abs_diff</c>.</remarks>
    public static T AbsDiff<T>(this T value, T other)
        where T : struct, IFixedPoint<T> => value < other ? other.SaturatingSub(value) : value.SaturatingSub(other);

    /// <summary>
    /// <c>value^exponent</c> by binary exponentiation with saturating multiplies; a negative exponent returns
    /// <c>1 / result</c> (0 if that division fails). <see langword="null"/> only for 0 to a negative power.
    /// </summary>
    /// <remarks>subtensor <c>FixedExt::checked_pow</c> (the exponent is saturated to i32 as upstream's <c>unique_saturated_into</c>).</remarks>
    public static T? CheckedPow<T>(this T value, long exponent)
        where T : struct, IFixedPoint<T>
    {
        int e = (int)Math.Clamp(exponent, int.MinValue, int.MaxValue);
        if (e == 0)
        {
            return T.One;
        }

        if (value.IsZero)
        {
            return e < 0 ? null : T.Zero;
        }

        T result = T.One;
        T b = value;
        uint remaining = e < 0 ? (uint)-(long)e : (uint)e;
        while (remaining > 0)
        {
            if ((remaining & 1) != 0)
            {
                result = result.SaturatingMul(b);
            }

            b = b.SaturatingMul(b);
            remaining >>= 1;
        }

        return e < 0 ? T.One.CheckedDiv(result) ?? T.Zero : result;
    }

    /// <summary>
    /// Square root by bisection until <c>|value / middle − middle| ≤ epsilon</c> or 128 iterations;
    /// <see langword="null"/> for a negative value.
    /// </summary>
    /// <remarks>subtensor <c>FixedExt::checked_sqrt</c> (used by <c>coinbase/subnet_emissions.rs</c> on U64F64).</remarks>
    public static T? CheckedSqrt<T>(this T value, T epsilon)
        where T : struct, IFixedPoint<T>
    {
        T zero = T.Zero;
        T one = T.One;
        T two = T.SaturatingFromInt(2);
        if (value < zero)
        {
            return null;
        }

        T high;
        T low;
        if (value > one)
        {
            high = value;
            low = zero;
        }
        else
        {
            high = one;
            low = value;
        }

        T middle = high.SaturatingAdd(low).SafeDiv(two);
        int iteration = 0;
        const int MaxIterations = 128;
        T check = value.SafeDiv(middle);
        while (check.AbsDiff(middle) > epsilon)
        {
            if (check < middle)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }

            middle = high.SaturatingAdd(low).SafeDiv(two);
            check = value.SafeDiv(middle);
            iteration++;
            if (iteration > MaxIterations)
            {
                break;
            }
        }

        return middle;
    }
}
