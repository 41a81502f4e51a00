using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Epoch;
using FsCheck;
using FsCheck.Xunit;

namespace Bittensor.Runtime.Tests.Yuma;

/// <summary>The epoch's division by an invariant divisor is bit-exact with <c>safe_div</c>.</summary>
public class FixedDivisorTests
{
    private static readonly long[] EdgeBits =
    [
        0, 1, 2, 3, 7, (1L << 31) - 1, 1L << 31, (1L << 32) - 1, 1L << 32, (1L << 32) + 1, 65_535L << 32, 65_535,
        (1L << 47) - 1, 1L << 47, (1L << 62) + 12345, long.MaxValue, -1, -(1L << 32), long.MinValue, 0x1234_5678_9ABC,
    ];

    [Fact]
    public void Divide_EdgeNumeratorsAndDivisors_MatchSafeDiv()
    {
        foreach (long d in EdgeBits)
        {
            FixedDivisor divisor = new(I32F32.FromBits(d));
            foreach (long a in EdgeBits)
            {
                I32F32 x = I32F32.FromBits(a);
                Assert.Equal(x.SafeDiv(I32F32.FromBits(d)), divisor.Divide(x));
            }
        }
    }

    [Property(MaxTest = 2000)]
    public void Divide_RandomValues_MatchSafeDiv(long a, long d, byte shiftA, byte shiftD)
    {
        // Spread magnitudes over the whole range, as sums and proportions do.
        I32F32 x = I32F32.FromBits(a >> (shiftA % 64));
        I32F32 y = I32F32.FromBits(d >> (shiftD % 64));
        Assert.Equal(x.SafeDiv(y), new FixedDivisor(y).Divide(x));
    }

    [Property(MaxTest = 2000)]
    public void UnsignedDivisor_AnyNumerator_MatchesIntegerDivision(ulong n, ulong d, byte shift)
    {
        ulong divisor = Math.Max(1UL, d >> (shift % 64));
        Assert.Equal(n / divisor, new UnsignedDivisor(divisor).Divide(n));
        Assert.Equal(ulong.MaxValue / divisor, new UnsignedDivisor(divisor).Divide(ulong.MaxValue));
    }

    [Fact]
    public void UnsignedDivisor_IntegerRowSums_MatchIntegerDivision()
    {
        Random rng = new(7);
        for (int i = 0; i < 20_000; i++)
        {
            ulong d = (ulong)rng.NextInt64(1, 1L << 40);
            ulong n = (ulong)rng.NextInt64() << rng.Next(0, 2);
            Assert.Equal(n / d, new UnsignedDivisor(d).Divide(n));
        }
    }
}
