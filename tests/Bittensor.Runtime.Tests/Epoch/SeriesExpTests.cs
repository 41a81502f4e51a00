using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Epoch;
using FsCheck;
using FsCheck.Xunit;

namespace Bittensor.Runtime.Tests.Epoch;

/// <summary><see cref="SeriesExp"/> against the generic port of substrate-fixed's <c>exp</c> it replaces in the epoch.</summary>
public class SeriesExpTests
{
    private const long One = 1L << 32;

    [Theory]
    [InlineData(0L)]
    [InlineData(One)]
    [InlineData(-One)]
    [InlineData(1L)]
    [InlineData(-1L)]
    [InlineData(One + 1)]
    [InlineData(One - 1)]
    [InlineData(20 * One)]
    [InlineData(-20 * One)]
    [InlineData(21 * One)]
    [InlineData(43 * One)]
    [InlineData(44 * One)]
    [InlineData(-44 * One)]
    [InlineData(long.MaxValue - One)]
    [InlineData(long.MaxValue - One + 1)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    [InlineData(long.MinValue + 1)]
    public void Exp_EdgeOperands_MatchTheGenericSeries(long bits) => AssertSame(bits);

    [Property(MaxTest = 3000)]
    public void Exp_OperandsTheSigmoidUses_MatchTheGenericSeries(int whole, uint fraction)
    {
        // The epoch clamps to [−20, 20]; a little past it as well.
        long bits = ((long)(whole % 23) << 32) + fraction;
        AssertSame(bits);
    }

    [Property(MaxTest = 1000)]
    public void Exp_AnyOperand_MatchesTheGenericSeries(long bits) => AssertSame(bits);

    private static void AssertSame(long bits)
    {
        I32F32? expected = FixedTranscendental.Exp(I32F32.FromBits(bits));
        long? actual = SeriesExp.Exp(bits);
        Assert.Equal(expected?.Bits, actual);
    }
}
