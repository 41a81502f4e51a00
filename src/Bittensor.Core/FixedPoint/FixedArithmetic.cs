namespace Bittensor.Core.FixedPoint;

/// <summary>
/// Raw-bit arithmetic shared by the fixed-point structs, one overload per bit container.
/// Every operation returns the wrapped (two's complement) result and reports overflow separately, so the
/// callers can build the throwing, checked, saturating and wrapping forms from one implementation.
/// </summary>
/// <remarks>
/// Semantics mirror substrate-fixed v0.6.0 <c>src/arith.rs</c> (<c>mul_overflow</c>/<c>div_overflow</c>):
/// a product is the double-width <c>a * b</c> shifted right arithmetically by <c>frac</c> (floor);
/// a quotient is <c>(a &lt;&lt; frac) / b</c> truncated toward zero; overflow means the exact result does not
/// fit the container. Division by zero is the caller's concern.
/// </remarks>
internal static class FixedArithmetic
{
    // ---- 32-bit signed (I9F23) ----

    public static int Add(int a, int b, out bool overflow)
    {
        int r = unchecked(a + b);
        overflow = ((a ^ r) & (b ^ r)) < 0;
        return r;
    }

    public static int Sub(int a, int b, out bool overflow)
    {
        int r = unchecked(a - b);
        overflow = ((a ^ b) & (a ^ r)) < 0;
        return r;
    }

    public static int Mul(int a, int b, int frac, out bool overflow)
    {
        long r = ((long)a * b) >> frac;
        overflow = r is < int.MinValue or > int.MaxValue;
        return unchecked((int)r);
    }

    public static int Div(int a, int b, int frac, out bool overflow)
    {
        long q = ((long)a << frac) / b;
        overflow = q is < int.MinValue or > int.MaxValue;
        return unchecked((int)q);
    }

    // ---- 64-bit signed (I32F32) ----

    public static long Add(long a, long b, out bool overflow)
    {
        long r = unchecked(a + b);
        overflow = ((a ^ r) & (b ^ r)) < 0;
        return r;
    }

    public static long Sub(long a, long b, out bool overflow)
    {
        long r = unchecked(a - b);
        overflow = ((a ^ b) & (a ^ r)) < 0;
        return r;
    }

    public static long Mul(long a, long b, int frac, out bool overflow)
    {
        long hi = Math.BigMul(a, b, out long lo);
        long r = (long)((ulong)lo >> frac) | (hi << (64 - frac));
        overflow = (hi >> frac) != (r >> 63);
        return r;
    }

    public static long Div(long a, long b, int frac, out bool overflow)
    {
        // |a| <= 2^(63-frac): the shifted dividend fits a long; only MinValue / -1 could overflow.
        long top = a >> (63 - frac);
        if (top is 0 or -1 && b != -1)
        {
            overflow = false;
            return (a << frac) / b;
        }

        Int128 q = ((Int128)a << frac) / b;
        overflow = q < long.MinValue || q > long.MaxValue;
        return unchecked((long)q);
    }

    // ---- 64-bit unsigned (U32F32) ----

    public static ulong Add(ulong a, ulong b, out bool overflow)
    {
        ulong r = unchecked(a + b);
        overflow = r < a;
        return r;
    }

    public static ulong Sub(ulong a, ulong b, out bool overflow)
    {
        overflow = b > a;
        return unchecked(a - b);
    }

    public static ulong Mul(ulong a, ulong b, int frac, out bool overflow)
    {
        ulong hi = Math.BigMul(a, b, out ulong lo);
        overflow = (hi >> frac) != 0;
        return (lo >> frac) | (hi << (64 - frac));
    }

    public static ulong Div(ulong a, ulong b, int frac, out bool overflow)
    {
        if ((a >> (64 - frac)) == 0)
        {
            overflow = false;
            return (a << frac) / b;
        }

        UInt128 q = ((UInt128)a << frac) / b;
        overflow = q > ulong.MaxValue;
        return unchecked((ulong)q);
    }

    // ---- 128-bit signed (I64F64, I96F32, I110F18) ----

    public static Int128 Add(Int128 a, Int128 b, out bool overflow)
    {
        Int128 r = unchecked(a + b);
        overflow = Int128.IsNegative((a ^ r) & (b ^ r));
        return r;
    }

    public static Int128 Sub(Int128 a, Int128 b, out bool overflow)
    {
        Int128 r = unchecked(a - b);
        overflow = Int128.IsNegative((a ^ b) & (a ^ r));
        return r;
    }

    public static Int128 Mul(Int128 a, Int128 b, int frac, out bool overflow)
    {
        Int128 hi = Int128.BigMul(a, b, out Int128 lo);
        Int128 r = (Int128)((UInt128)lo >> frac) | (hi << (128 - frac));
        overflow = (hi >> frac) != (r >> 127);
        return r;
    }

    public static Int128 Div(Int128 a, Int128 b, int frac, out bool overflow)
    {
        Int128 top = a >> (127 - frac);
        if ((top == Int128.Zero || top == Int128.NegativeOne) && b != Int128.NegativeOne)
        {
            overflow = false;
            return (a << frac) / b;
        }

        // Divide magnitudes in 256 bits, then restore the sign (truncation toward zero).
        bool negative = Int128.IsNegative(a) != Int128.IsNegative(b);
        UInt128 ma = Magnitude(a);
        UInt128 mb = Magnitude(b);
        UInt128 qLo = WideArithmetic.Divide(ma >> (128 - frac), ma << frac, mb, out UInt128 qHi);
        UInt128 limit = (UInt128)1 << 127;
        overflow = qHi != UInt128.Zero || (negative ? qLo > limit : qLo >= limit);
        return negative ? unchecked((Int128)(UInt128.Zero - qLo)) : unchecked((Int128)qLo);
    }

    // ---- 128-bit unsigned (U64F64, U96F32, U110F18) ----

    public static UInt128 Add(UInt128 a, UInt128 b, out bool overflow)
    {
        UInt128 r = unchecked(a + b);
        overflow = r < a;
        return r;
    }

    public static UInt128 Sub(UInt128 a, UInt128 b, out bool overflow)
    {
        overflow = b > a;
        return unchecked(a - b);
    }

    public static UInt128 Mul(UInt128 a, UInt128 b, int frac, out bool overflow)
    {
        UInt128 hi = UInt128.BigMul(a, b, out UInt128 lo);
        overflow = (hi >> frac) != UInt128.Zero;
        return (lo >> frac) | (hi << (128 - frac));
    }

    public static UInt128 Div(UInt128 a, UInt128 b, int frac, out bool overflow)
    {
        if ((a >> (128 - frac)) == UInt128.Zero)
        {
            overflow = false;
            return (a << frac) / b;
        }

        UInt128 qLo = WideArithmetic.Divide(a >> (128 - frac), a << frac, b, out UInt128 qHi);
        overflow = qHi != UInt128.Zero;
        return qLo;
    }

    /// <summary>|value| as an unsigned number (2^127 for <see cref="Int128.MinValue"/>).</summary>
    public static UInt128 Magnitude(Int128 value) =>
        Int128.IsNegative(value) ? unchecked(UInt128.Zero - (UInt128)value) : (UInt128)value;
}
