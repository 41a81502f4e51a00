using System.Numerics;
using Bittensor.Core.FixedPoint;
using FsCheck.Xunit;

namespace Bittensor.Core.Tests.FixedPoint;

public class WideArithmeticTests
{
    [Property(Arbitrary = new[] { typeof(FixedArbitraries) }, MaxTest = 2000)]
    public void Divide_Random256By128_MatchesBigInteger(Pattern hi, Pattern lo, Pattern divisor)
    {
        UInt128 d = divisor.Value == UInt128.Zero ? UInt128.One : divisor.Value;
        CheckDivide(hi.Value, lo.Value, d);
    }

    [Theory]
    [InlineData("0", "0", "1")]
    [InlineData("ffffffffffffffffffffffffffffffff", "ffffffffffffffffffffffffffffffff", "1")]
    [InlineData("ffffffffffffffffffffffffffffffff", "ffffffffffffffffffffffffffffffff", "ffffffffffffffffffffffffffffffff")]
    [InlineData("fffffffffffffffffffffffffffffffe", "ffffffffffffffffffffffffffffffff", "ffffffffffffffffffffffffffffffff")]
    [InlineData("7fffffffffffffffffffffffffffffff", "ffffffffffffffffffffffffffffffff", "80000000000000000000000000000000")]
    [InlineData("80000000000000000000000000000000", "0", "80000000000000000000000000000001")]
    [InlineData("ffffffffffffffff0000000000000000", "0", "ffffffffffffffff0000000000000001")]
    [InlineData("1", "0", "10000000000000001")]
    [InlineData("ffffffffffffffff", "ffffffffffffffffffffffffffffffff", "10000000000000000")]
    [InlineData("7fffffffffffffff8000000000000000", "0", "8000000000000000ffffffffffffffff")]
    [InlineData("0", "ffffffffffffffffffffffffffffffff", "ffffffffffffffff")]
    public void Divide_LimbBoundaries_MatchesBigInteger(string hi, string lo, string divisor)
    {
        CheckDivide(Hex(hi), Hex(lo), Hex(divisor));
    }

    [Fact]
    public void Divide_ByZero_Throws()
    {
        Assert.Throws<DivideByZeroException>(() => WideArithmetic.Divide(UInt128.One, UInt128.One, UInt128.Zero, out _));
    }

    private static void CheckDivide(UInt128 hi, UInt128 lo, UInt128 d)
    {
        BigInteger dividend = ((BigInteger)hi << 128) | lo;
        BigInteger expected = dividend / d;
        UInt128 qLo = WideArithmetic.Divide(hi, lo, d, out UInt128 qHi);
        Assert.Equal(expected, ((BigInteger)qHi << 128) | qLo);
    }

    private static UInt128 Hex(string s) => UInt128.Parse(s, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
}
