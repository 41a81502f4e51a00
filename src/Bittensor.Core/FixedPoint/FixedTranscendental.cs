namespace Bittensor.Core.FixedPoint;

/// <summary>
/// substrate-fixed v0.6.0 <c>transcendental</c> functions, ported step for step (same series, same
/// iteration counts, same intermediate rounding) so results are bit-identical. They are not accurate
/// approximations (e.g. <c>exp(20)</c> as I32F32 is about 4.8123e8, not 4.8517e8) and must not be
/// replaced by <see cref="Math"/> calls.
/// </summary>
/// <remarks>
/// Upstream's functions are generic over a source type <c>S</c> and a destination type <c>D</c> with
/// <c>D: From&lt;S&gt;</c> (lossless) and, where a constant is used, <c>D: From&lt;I9F23&gt;</c>; those bounds are
/// checked here at run time (<see cref="ArgumentException"/>). <see langword="null"/> stands for upstream's <c>Err</c>.
/// subtensor uses <c>exp</c>/<c>ln</c> on I32F32 (epoch math, subnet emission shares), <c>exp</c> on I64F64
/// (lock decay) and <c>log2</c> on I96F32 (block emission).
/// </remarks>
public static class FixedTranscendental
{
    /// <summary>e truncated to I9F23 (<c>consts::E &gt;&gt; 103</c>): bits 22802600.</summary>
    public static I9F23 E { get; } = I9F23.FromBits(22_802_600);

    /// <summary>log2(e) truncated to I9F23 (<c>consts::LOG2_E &gt;&gt; 104</c>): bits 12102203.</summary>
    public static I9F23 Log2E { get; } = I9F23.FromBits(12_102_203);

    /// <summary><c>e^operand</c> in the same type. See <see cref="Exp{TSrc, TDst}"/>.</summary>
    public static T? Exp<T>(T operand)
        where T : struct, ISignedFixedPoint<T> => Exp<T, T>(operand);

    /// <summary>
    /// <c>e^operand</c> by upstream's Taylor series: 0 → 1, exactly 1 → <see cref="E"/>; otherwise with
    /// <c>x = |operand|</c>: <c>result = 1 + x</c>, <c>term = x</c>, and for <c>i = 2 .. FractionalBits-1</c>
    /// <c>term = term * x / i</c>, <c>result += term</c> (checked, floor multiply, truncating divide); a negative
    /// operand returns <c>1 / result</c>. <see langword="null"/> on any overflow.
    /// </summary>
    /// <remarks>substrate-fixed v0.6.0 <c>src/transcendental.rs::exp</c>.</remarks>
    public static TDst? Exp<TSrc, TDst>(TSrc operand)
        where TSrc : struct, ISignedFixedPoint<TSrc>
        where TDst : struct, ISignedFixedPoint<TDst>
    {
        RequireLossless<TSrc, TDst>();
        RequireLossless<I9F23, TDst>();
        if (operand.IsZero)
        {
            return TDst.One;
        }

        if (operand == TSrc.One)
        {
            return TDst.FromFixed(E);
        }

        bool negative = operand.IsNegative;
        if (negative)
        {
            TSrc? abs = operand.CheckedNeg();
            if (abs is null)
            {
                return null;
            }

            operand = abs.Value;
        }

        TDst x = TDst.FromFixed(operand);
        TDst? result = x.CheckedAdd(TDst.One);
        TDst term = x;
        for (int i = 2; i < TDst.FractionalBits && result is not null; i++)
        {
            TDst? product = term.CheckedMul(x);
            TDst? quotient = product?.CheckedDiv(TDst.FromInt(i));
            if (quotient is null)
            {
                return null;
            }

            term = quotient.Value;
            result = result.Value.CheckedAdd(term);
        }

        if (result is null)
        {
            return null;
        }

        return negative ? TDst.One.CheckedDiv(result.Value) : result;
    }

    /// <summary><c>log2(operand)</c> in the same type. See <see cref="Log2{TSrc, TDst}"/>.</summary>
    public static T? Log2<T>(T operand)
        where T : struct, ISignedFixedPoint<T> => Log2<T, T>(operand);

    /// <summary>
    /// Base-2 logarithm: <see langword="null"/> for operand ≤ 0; below 1 it is <c>−log2(1/operand)</c>.
    /// The integer part counts halvings (each halving rounds: <c>(x &gt;&gt; 1) + (x &amp; Delta)</c>) while x ≥ 2;
    /// each fractional bit comes from squaring x and halving again when it reaches 2.
    /// </summary>
    /// <remarks>substrate-fixed v0.6.0 <c>src/transcendental.rs::log2</c> / <c>log2_inner</c>.</remarks>
    public static TDst? Log2<TSrc, TDst>(TSrc operand)
        where TSrc : struct, ISignedFixedPoint<TSrc>
        where TDst : struct, ISignedFixedPoint<TDst>
    {
        RequireLossless<TSrc, TDst>();
        if (!operand.IsPositive)
        {
            return null;
        }

        TDst x = TDst.FromFixed(operand);
        if (x < TDst.One)
        {
            TDst? inverse = TDst.One.CheckedDiv(x);
            return inverse is null ? null : -Log2Inner(inverse.Value);
        }

        return Log2Inner(x);
    }

    /// <summary><c>ln(operand)</c> in the same type. See <see cref="Ln{TSrc, TDst}"/>.</summary>
    public static T? Ln<T>(T operand)
        where T : struct, ISignedFixedPoint<T> => Ln<T, T>(operand);

    /// <summary>Natural logarithm: <c>log2(operand) / log2(e)</c> with <see cref="Log2E"/>.</summary>
    /// <remarks>substrate-fixed v0.6.0 <c>src/transcendental.rs::ln</c>.</remarks>
    public static TDst? Ln<TSrc, TDst>(TSrc operand)
        where TSrc : struct, ISignedFixedPoint<TSrc>
        where TDst : struct, ISignedFixedPoint<TDst>
    {
        RequireLossless<I9F23, TDst>();
        TDst? log2 = Log2<TSrc, TDst>(operand);
        return log2 is null ? null : log2.Value / TDst.FromFixed(Log2E);
    }

    /// <summary>
    /// <c>operand^exponent</c> as <c>exp(ln(operand) * exponent)</c>; 0 → 0, exponent 0 → 1, exponent 1 → operand.
    /// <see langword="null"/> for a negative operand or on overflow.
    /// </summary>
    /// <remarks>substrate-fixed v0.6.0 <c>src/transcendental.rs::pow</c>.</remarks>
    public static TDst? Pow<TSrc, TDst>(TSrc operand, TSrc exponent)
        where TSrc : struct, ISignedFixedPoint<TSrc>
        where TDst : struct, ISignedFixedPoint<TDst>
    {
        RequireLossless<TSrc, TDst>();
        if (operand.IsZero)
        {
            return TDst.Zero;
        }

        if (exponent.IsZero)
        {
            return TDst.One;
        }

        if (exponent == TSrc.One)
        {
            return TDst.FromFixed(operand);
        }

        TDst? ln = Ln<TSrc, TDst>(operand);
        TDst? product = ln?.CheckedMul(TDst.FromFixed(exponent));
        return product is null ? null : Exp<TDst, TDst>(product.Value);
    }

    /// <summary>
    /// <c>operand^exponent</c> by repeated checked multiplication (|exponent| − 1 products), then <c>1/r</c> for a
    /// negative exponent; 0 → 0, exponent 0 → 1, exponent 1 → operand. <see langword="null"/> on overflow.
    /// </summary>
    /// <remarks>substrate-fixed v0.6.0 <c>src/transcendental.rs::powi</c>.</remarks>
    public static TDst? Powi<TSrc, TDst>(TSrc operand, int exponent)
        where TSrc : struct, IFixedPoint<TSrc>
        where TDst : struct, IFixedPoint<TDst>
    {
        RequireLossless<TSrc, TDst>();
        if (operand.IsZero)
        {
            return TDst.Zero;
        }

        if (exponent == 0)
        {
            return TDst.One;
        }

        TDst x = TDst.FromFixed(operand);
        if (exponent == 1)
        {
            return x;
        }

        // Math.Abs throws for int.MinValue, as i32::abs panics upstream.
        int count = Math.Abs(exponent);
        TDst? r = x;
        for (int i = 1; i < count && r is not null; i++)
        {
            r = r.Value.CheckedMul(x);
        }

        if (r is null)
        {
            return null;
        }

        return exponent < 0 ? TDst.One.CheckedDiv(r.Value) : r;
    }

    /// <summary>
    /// Square root by Newton's method with <c>FractionalBits</c> iterations from <c>operand/2 + 1</c>; values
    /// below 1 are inverted first and the result inverted back. <see langword="null"/> for a negative operand
    /// or when an inversion overflows. (subtensor itself uses the bisection <see cref="FixedSafeMath.CheckedSqrt{T}"/>.)
    /// </summary>
    /// <remarks>substrate-fixed v0.6.0 <c>src/transcendental.rs::sqrt</c>.</remarks>
    public static TDst? Sqrt<TSrc, TDst>(TSrc operand)
        where TSrc : struct, IFixedPoint<TSrc>
        where TDst : struct, IFixedPoint<TDst>
    {
        RequireLossless<TSrc, TDst>();
        if (operand.IsNegative)
        {
            return null;
        }

        TDst x = TDst.FromFixed(operand);
        if (x.IsZero || x == TDst.One)
        {
            return x;
        }

        bool invert = false;
        if (x < TDst.One)
        {
            invert = true;
            TDst? inverse = TDst.One.CheckedDiv(x);
            if (inverse is null)
            {
                return null;
            }

            x = inverse.Value;
        }

        TDst two = TDst.FromInt(2);
        TDst l = (x / two) + TDst.One;
        for (int i = 0; i < TDst.FractionalBits; i++)
        {
            l = (l + (x / l)) / two;
        }

        return invert ? TDst.One.CheckedDiv(l) : l;
    }

    private static T Log2Inner<T>(T x)
        where T : struct, ISignedFixedPoint<T>
    {
        T two = T.FromInt(2);
        UInt128 result = UInt128.Zero;
        while (x >= two)
        {
            result++;
            x = HalveRounded(x);
        }

        if (x == T.One)
        {
            return T.FromInt((Int128)result);
        }

        for (int i = 0; i < T.FractionalBits; i++)
        {
            x *= x;
            result <<= 1;
            if (x >= two)
            {
                result |= UInt128.One;
                x = HalveRounded(x);
            }
        }

        return T.FromMagnitude(false, result);
    }

    /// <summary>Upstream <c>rs</c>: right shift by one, rounding half up on the dropped bit.</summary>
    private static T HalveRounded<T>(T x)
        where T : struct, IFixedPoint<T> => (x >> 1) + (x & T.Delta);

    private static void RequireLossless<TSrc, TDst>()
        where TSrc : struct, IFixedPoint<TSrc>
        where TDst : struct, IFixedPoint<TDst>
    {
        // Upstream requires `D: From<S>`, which only exists for lossless conversions.
        int srcInt = TSrc.IntegerBits - (TSrc.IsSigned ? 1 : 0);
        int dstInt = TDst.IntegerBits - (TDst.IsSigned ? 1 : 0);
        bool lossless = TDst.FractionalBits >= TSrc.FractionalBits && dstInt >= srcInt && (TDst.IsSigned || !TSrc.IsSigned);
        if (!lossless)
        {
            throw new ArgumentException($"{typeof(TSrc).Name} does not convert losslessly to {typeof(TDst).Name}.");
        }
    }
}
