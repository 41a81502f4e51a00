using System.Numerics;

namespace Bittensor.Core.FixedPoint;

/// <summary>
/// 256-by-128-bit unsigned division, the one piece of double-width arithmetic .NET does not provide
/// (<see cref="UInt128.BigMul(UInt128, UInt128, out UInt128)"/> covers the multiplication side).
/// </summary>
/// <remarks>
/// The 128-bit fixed-point types divide <c>(a &lt;&lt; frac) / b</c>, whose dividend needs up to 256 bits.
/// This is Knuth's algorithm D (TAOCP vol. 2, 4.3.1) with 64-bit limbs; property and edge-case tests check it against
/// <see cref="System.Numerics.BigInteger"/>.
/// </remarks>
internal static class WideArithmetic
{
    private static readonly UInt128 LimbBase = (UInt128)1 << 64;

    /// <summary>
    /// Divides the 256-bit value <c>hi:lo</c> by <paramref name="divisor"/> (non-zero) and returns the low
    /// 128 bits of the quotient; <paramref name="quotientHi"/> receives the high 128 bits.
    /// </summary>
    public static UInt128 Divide(UInt128 hi, UInt128 lo, UInt128 divisor, out UInt128 quotientHi)
    {
        if (divisor == UInt128.Zero)
        {
            throw new DivideByZeroException();
        }

        quotientHi = hi / divisor;
        UInt128 rem = hi - (quotientHi * divisor);
        return rem == UInt128.Zero ? lo / divisor : DivideNarrow(rem, lo, divisor);
    }

    /// <summary>Divides <c>hi:lo</c> by <paramref name="divisor"/> when <c>hi &lt; divisor</c>, so the quotient fits 128 bits.</summary>
    private static UInt128 DivideNarrow(UInt128 hi, UInt128 lo, UInt128 divisor)
    {
        ulong lo1 = (ulong)(lo >> 64);
        ulong lo0 = (ulong)lo;
        if ((divisor >> 64) == UInt128.Zero)
        {
            // One-limb divisor: two schoolbook steps; each partial quotient fits 64 bits because hi < divisor.
            ulong d = (ulong)divisor;
            UInt128 t = (hi << 64) | lo1;
            ulong q1 = (ulong)(t / d);
            ulong r1 = (ulong)(t - ((UInt128)q1 * d));
            t = ((UInt128)r1 << 64) | lo0;
            ulong q0 = (ulong)(t / d);
            return ((UInt128)q1 << 64) | q0;
        }

        // Two-limb divisor: normalise so the top limb has its high bit set, then two 3-by-2 steps.
        int shift = (int)UInt128.LeadingZeroCount(divisor);
        UInt128 v = divisor << shift;
        UInt128 nHi = shift == 0 ? hi : (hi << shift) | (lo >> (128 - shift));
        UInt128 nLo = lo << shift;

        ulong q1Digit = DivideStep(ref nHi, (ulong)(nLo >> 64), v);
        ulong q0Digit = DivideStep(ref nHi, (ulong)nLo, v);
        return ((UInt128)q1Digit << 64) | q0Digit;
    }

    /// <summary>
    /// One step of algorithm D: divides <c>rem:next</c> (192 bits, <c>rem &lt; v</c>) by the normalised
    /// two-limb <paramref name="v"/>, returns the 64-bit quotient digit and leaves the remainder in
    /// <paramref name="rem"/>.
    /// </summary>
    private static ulong DivideStep(ref UInt128 rem, ulong next, UInt128 v)
    {
        ulong v1 = (ulong)(v >> 64);
        ulong v0 = (ulong)v;
        UInt128 qhat = rem / v1;
        UInt128 rhat = rem - (qhat * v1);

        // Step D3. With a two-limb divisor the test below is exact: while rhat < 2^64 it compares qhat * v
        // with the whole partial dividend, and once rhat >= 2^64 the remainder is already non-negative
        // (rhat * 2^64 >= 2^128 > qhat * v0). So no add-back step (D6) is ever needed.
        while (qhat >= LimbBase || (qhat * v0) > ((rhat << 64) | next))
        {
            qhat--;
            rhat += v1;
            if (rhat >= LimbBase)
            {
                break;
            }
        }

        // The true remainder is below v < 2^128, so computing it modulo 2^128 is exact.
        rem = ((rem << 64) | next) - (qhat * v);
        return (ulong)qhat;
    }

    /// <summary>Number of significant bits of <paramref name="value"/>.</summary>
    public static int BitLength(UInt128 value) => 128 - (int)UInt128.LeadingZeroCount(value);

    /// <summary>Number of significant bits of <paramref name="value"/>.</summary>
    public static int BitLength(ulong value) => 64 - BitOperations.LeadingZeroCount(value);
}
