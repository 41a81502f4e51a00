using System.Globalization;
using System.Numerics;
using Bittensor.Core.FixedPoint;

namespace Bittensor.Core.Tests.FixedPoint;

/// <summary>
/// Reference model of a fixed-point type as an unbounded <see cref="BigInteger"/> of raw bits, used to
/// check the real implementation: product = ⌊a·b / 2^F⌋, quotient = trunc(a·2^F / b), overflow = out of range.
/// </summary>
internal static class FixedModel<T>
    where T : struct, IFixedPoint<T>
{
    public static int TotalBits => T.IntegerBits + T.FractionalBits;

    public static BigInteger Min => T.IsSigned ? -(BigInteger.One << (TotalBits - 1)) : BigInteger.Zero;

    public static BigInteger Max => T.IsSigned ? (BigInteger.One << (TotalBits - 1)) - 1 : (BigInteger.One << TotalBits) - 1;

    public static BigInteger Bits(T value)
    {
        value.Decompose(out bool negative, out UInt128 magnitude);
        BigInteger m = magnitude;
        return negative ? -m : m;
    }

    public static bool InRange(BigInteger bits) => bits >= Min && bits <= Max;

    public static T FromBits(BigInteger bits)
    {
        Assert.True(InRange(bits), $"{bits} out of range for {typeof(T).Name}");
        return T.FromMagnitude(bits.Sign < 0, (UInt128)BigInteger.Abs(bits));
    }

    public static T Parse(string bits) => FromBits(BigInteger.Parse(bits, CultureInfo.InvariantCulture));

    /// <summary>The low <c>TotalBits</c> of <paramref name="bits"/> read as the container's two's complement.</summary>
    public static T Wrap(BigInteger bits)
    {
        BigInteger modulus = BigInteger.One << TotalBits;
        BigInteger r = ((bits % modulus) + modulus) % modulus;
        if (T.IsSigned && r > Max)
        {
            r -= modulus;
        }

        return FromBits(r);
    }

    public static T Saturate(BigInteger bits) => bits < Min ? T.MinValue : bits > Max ? T.MaxValue : FromBits(bits);

    /// <summary>Any 128-bit pattern truncated to the container (all bit patterns are valid values).</summary>
    public static T FromPattern(UInt128 pattern) => T.FromMagnitude(false, pattern);

    public static BigInteger Mul(BigInteger a, BigInteger b) => (a * b) >> T.FractionalBits;

    public static BigInteger Div(BigInteger a, BigInteger b) => (a << T.FractionalBits) / b;

    /// <summary>Rescales raw bits from <paramref name="fromFrac"/> fractional bits to this type's, flooring.</summary>
    public static BigInteger Rescale(BigInteger bits, int fromFrac)
    {
        int shift = fromFrac - T.FractionalBits;
        return shift >= 0 ? bits >> shift : bits << -shift;
    }
}
