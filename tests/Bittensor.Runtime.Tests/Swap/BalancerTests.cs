using System.Numerics;
using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Swap;

namespace Bittensor.Runtime.Tests.Swap;

/// <summary>The unit tests of pallets/swap/src/pallet/balancer.rs @14bc6f9, with their tolerances.</summary>
public class BalancerTests
{
    private static Balancer Quote(UInt128 num, UInt128 den) => Balancer.Create(Perquintill.FromRational(num, den))!.Value;

    [Theory]
    [InlineData(5UL, 10UL, 100_000UL, 100UL, true, 0.999000999000999)]
    [InlineData(1UL, 4UL, 500_000UL, 5000UL, true, 0.970590147927644)]
    [InlineData(3UL, 4UL, 200_000UL, 2000UL, false, 0.970590147927644)]
    [InlineData(9UL, 10UL, 13_513_642UL, 1673UL, false, 0.998886481979889)]
    [InlineData(773UL, 1000UL, 7_000_000_000UL, 10_000UL, true, 0.999999580484586)]
    public void ExpScaled_UpstreamCases_WithinOneBillionth(ulong num, ulong den, ulong reserve, ulong delta, bool baseQuote, double expected)
    {
        U64F64 e = Quote(num, den).ExpScaled(reserve, delta, baseQuote);

        Assert.InRange(e.ToDouble(), expected - 1e-9, expected + 1e-9);
    }

    [Fact]
    public void CalculateQuoteDeltaIn_ThreeQuarterBaseWeight_EqualsFloatTruncation()
    {
        Balancer b = Quote(250_000_000_000, 1_000_000_000_000);
        U64F64 current = U64F64.FromDouble(0.1);
        U64F64 target = U64F64.FromDouble(0.2);

        ulong dy = b.CalculateQuoteDeltaIn(current, target, 1_000_000_000);

        Assert.Equal((ulong)(1_000_000_000 * (Math.Pow(target.ToDouble() / current.ToDouble(), 0.75) - 1.0)), dy);
    }

    [Fact]
    public void CalculateBaseDeltaIn_QuarterQuoteWeight_EqualsFloatTruncation()
    {
        Balancer b = Quote(250_000_000_000, 1_000_000_000_000);
        U64F64 current = U64F64.FromDouble(0.2);
        U64F64 target = U64F64.FromDouble(0.1);

        ulong dx = b.CalculateBaseDeltaIn(current, target, 1_000_000_000);

        Assert.Equal((ulong)(1_000_000_000 * (Math.Pow(current.ToDouble() / target.ToDouble(), 0.25) - 1.0)), dx);
    }

    [Fact]
    public void CalculateDeltaIn_ImpossibleDirection_IsZero()
    {
        Balancer b = Quote(250_000_000_000, 1_000_000_000_000);

        Assert.Equal(0UL, b.CalculateQuoteDeltaIn(U64F64.FromDouble(0.1), U64F64.FromDouble(0.05), 1_000_000_000));
        Assert.Equal(0UL, b.CalculateBaseDeltaIn(U64F64.FromDouble(0.1), U64F64.FromDouble(0.2), 1_000_000_000));
    }

    [Fact]
    public void CalculateQuoteDeltaIn_BuyingThatMuch_ReachesTargetPrice()
    {
        Balancer b = Quote(500_000_000_000, 1_000_000_000_000);
        U64F64 current = U64F64.FromDouble(0.1);
        U64F64 target = U64F64.FromDouble(0.2);
        const ulong Tao = 1_000_000_000;
        ulong alpha = (ulong)(Tao / current.ToDouble());

        ulong dy = b.CalculateQuoteDeltaIn(current, target, Tao);
        double dx = alpha * (1.0 - Math.Pow(Tao / (double)(Tao + dy), 1.0));
        double price = b.CalculatePrice(alpha - (ulong)dx, Tao + dy).ToDouble();

        Assert.InRange(price, target.ToDouble() - (target.ToDouble() / 1e9), target.ToDouble() + (target.ToDouble() / 1e9));
    }

    [Fact]
    public void GetBaseNeededForQuote_ThreeQuarterBaseWeight_EqualsFloatTruncation()
    {
        Balancer b = Quote(250_000_000_000, 1_000_000_000_000);
        const ulong Reserve = 1_000_000_000;
        const ulong Delta = 1_123_432;

        ulong dx = b.GetBaseNeededForQuote(Reserve, Reserve, Delta);

        Assert.Equal((ulong)(Reserve * (Math.Pow(Reserve / (double)(Reserve - Delta), 0.25 / 0.75) - 1.0)), dx);
    }

    [Theory]
    [InlineData(0UL, 0UL)]
    [InlineData(1UL, 1UL)]
    [InlineData(2UL, 1UL)]
    [InlineData(3UL, 2UL)]
    [InlineData(4UL, 2UL)]
    [InlineData(5UL, 3UL)]
    [InlineData(1023UL, 512UL)]
    [InlineData(1025UL, 513UL)]
    public void MulPerquintillRound_Half_RoundsHalfUp(ulong value, ulong expected)
    {
        Assert.Equal((UInt128)expected, Balancer.MulPerquintillRound(Perquintill.FromRational(1, 2), value));
    }

    [Theory]
    [InlineData(3UL, 1UL)]
    [InlineData(4UL, 1UL)]
    [InlineData(5UL, 2UL)]
    [InlineData(6UL, 2UL)]
    public void MulPerquintillRound_Third_RoundsToNearest(ulong value, ulong expected)
    {
        Assert.Equal((UInt128)expected, Balancer.MulPerquintillRound(Perquintill.FromRational(1, 3), value));
    }

    [Fact]
    public void MulPerquintillRound_Bounds_AreExact()
    {
        Assert.Equal(UInt128.Zero, Balancer.MulPerquintillRound(Perquintill.Zero, 1_000_000));
        Assert.Equal((UInt128)1_000_000, Balancer.MulPerquintillRound(Perquintill.One, 1_000_000));
        Assert.Equal(UInt128.MaxValue, Balancer.MulPerquintillRound(Perquintill.One, UInt128.MaxValue));
        UInt128 v = 1_000_000_000_000_000_000;
        Assert.Equal(((v * 7) + 5) / 10, Balancer.MulPerquintillRound(Perquintill.FromRational(7, 10), v));
    }

    [Fact]
    public void CalculatePrice_Weights_ScaleTheReserveRatio()
    {
        Assert.InRange(Balancer.Default.CalculatePrice(2, 5).ToDouble(), 2.5 - 1e-12, 2.5 + 1e-12);
        Assert.InRange(Quote(1, 3).CalculatePrice(4, 10).ToDouble(), 5.0 - 1e-10, 5.0 + 1e-10);
        Assert.Equal(U64F64.Zero, Quote(3, 10).CalculatePrice(10, 0));
        Assert.Equal(U64F64.Zero, Balancer.Default.CalculatePrice(0, 10));
        double p = Quote(3, 10).CalculatePrice(21_000_000_000_000_000, 15_000_000_000_000_000).ToDouble();
        double expected = 0.7 / 0.3 * (15.0 / 21.0);
        Assert.InRange(p, expected - 1e-9, expected + 1e-9);
    }

    [Fact]
    public void Create_BoundaryWeights_Rejected()
    {
        Perquintill min = Balancer.MinWeight;
        Perquintill[] invalid = [Perquintill.Zero, new(1), new(min.Parts - 1), new(Perquintill.Accuracy - min.Parts + 1), Perquintill.One];

        Assert.All(invalid, q => Assert.Null(Balancer.Create(q)));
        Assert.NotNull(Balancer.Create(min));
        Assert.NotNull(Balancer.Create(new Perquintill(Perquintill.Accuracy - min.Parts)));
    }

    [Fact]
    public void ExpScaled_ExtremeInputs_DoNotThrow()
    {
        Balancer[] balancers = [new(Balancer.MinWeight), Balancer.Default, new(new Perquintill(Perquintill.Accuracy - Balancer.MinWeight.Parts))];
        (ulong Reserve, ulong Delta)[] inputs = [(0, 0), (0, 1), (1, 0), (1, 1), (1, ulong.MaxValue), (ulong.MaxValue, 0), (ulong.MaxValue, 1), (ulong.MaxValue, ulong.MaxValue)];
        foreach (Balancer b in balancers)
        {
            foreach ((ulong reserve, ulong delta) in inputs)
            {
                Assert.True(b.ExpBaseQuote(reserve, delta) <= U64F64.One);
                Assert.True(b.ExpQuoteBase(reserve, delta) <= U64F64.One);
                _ = b.ExpScaled(reserve, -(Int128)delta, true);
                _ = b.ExpScaled(reserve, -(Int128)delta, false);
            }
        }
    }

    [Fact]
    public void ExpScaled_NearEqualWeightsTinyDelta_StrictlyBetweenZeroAndOne()
    {
        Perquintill[] weights = [new(500_000_000_500_000_000), new(499_999_999_500_000_000), new(500_000_000_000_500_000), new(499_999_999_999_500_000)];
        foreach (Perquintill q in weights)
        {
            Balancer b = Balancer.Create(q)!.Value;
            foreach (ulong delta in new ulong[] { 1, 100, 100_000 })
            {
                U64F64 sell = b.ExpBaseQuote(21_000_000_000_000_000, delta);
                U64F64 buy = b.ExpQuoteBase(21_000_000_000_000_000, delta);
                Assert.True(sell > U64F64.Zero && sell <= U64F64.One);
                Assert.True(buy > U64F64.Zero && buy <= U64F64.One);
            }
        }
    }

    [Fact]
    public void UpdateWeights_ExtremeInputs_DoNotThrow()
    {
        (ulong, ulong, ulong, ulong)[] inputs =
        [
            (0, 0, 0, 0), (0, 0, ulong.MaxValue, ulong.MaxValue), (0, ulong.MaxValue, ulong.MaxValue, 0), (ulong.MaxValue, 0, 0, ulong.MaxValue),
            (ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue), (1, ulong.MaxValue, ulong.MaxValue, 1), (ulong.MaxValue, 1, 1, ulong.MaxValue),
        ];
        foreach ((ulong t, ulong a, ulong dt, ulong da) in inputs)
        {
            _ = Balancer.Default.UpdateWeightsForAddedLiquidity(t, a, dt, da);
        }

        // Zero reserves before and after: weights re-initialise to one half.
        Assert.Equal(Balancer.Default, Balancer.Default.UpdateWeightsForAddedLiquidity(0, 0, 0, 0));
    }

    [Fact]
    public void SafeBigMath_DocExample_TwoThirdsSqrtTimesThousand()
    {
        Assert.Equal((BigInteger)816, SafeBigMath.PowRatioScaled(2, 3, 1, 2, 0, 1000));
    }

    [Fact]
    public void SafeBigMath_ThresholdPaths_AllProduceResults()
    {
        (BigInteger Num, BigInteger Den)[] exponents = [(1024, 1), (999, 1024), (1025, 1), (999, 1025), (2048, 4096)];
        foreach ((BigInteger num, BigInteger den) in exponents)
        {
            Assert.NotNull(SafeBigMath.PowRatioScaled(999_999_937, 1_000_000_003, num, den, 64, 1_000_000));
        }
    }

    [Fact]
    public void SafeBigMath_GuardRails_MatchUpstream()
    {
        Assert.Null(SafeBigMath.PowRatioScaled(1, 0, 1, 1, 64, 10));
        Assert.Null(SafeBigMath.PowRatioScaled(1, 1, 1, 0, 64, 10));
        Assert.Equal(BigInteger.Zero, SafeBigMath.PowRatioScaled(0, 5, 1, 3, 64, 10));
        Assert.Null(SafeBigMath.PowRatioScaled(1, 2, 1, 3, 64, -1));
        Assert.Null(SafeBigMath.PowRatioScaled(-1, 2, 1, 3, 64, 10));
        Assert.Equal((BigInteger)10, SafeBigMath.PowRatioScaled(7, 2, 0, 3, 64, 10));
    }

    [Fact]
    public void SafeBigMath_SmallBaseFractionalExponent_NearFloat()
    {
        BigInteger? r = SafeBigMath.PowRatioScaled(1, 10, 500_000_000_001, 1_000_000_000_000, 128, Perquintill.Accuracy);
        double expected = Math.Floor(Math.Pow(0.1, 0.500000000001) * 1e18);

        Assert.NotNull(r);
        Assert.InRange((double)r.Value, expected - 128 - 1e3, expected + 128 + 1e3);
    }

    [Fact]
    public void SafeBigMath_ExtremeDeltaX_WithinUpstreamBound()
    {
        BigInteger x = 400_775_553;
        BigInteger den = x + 14_446_633_907_665_582;
        BigInteger w1 = 102_337_248_363_782_924;
        BigInteger w2 = Perquintill.Accuracy - w1;

        BigInteger? r = SafeBigMath.PowRatioScaled(x, den, w1, w2, 256, Perquintill.Accuracy);
        double expected = Math.Floor(Math.Pow((double)x / (double)den, (double)w1 / (double)w2) * 1e18);

        Assert.NotNull(r);
        Assert.InRange((double)r.Value, expected - 1_000_000, expected + 1_000_000);
    }

    [Fact]
    public void SafeBigMath_CoarseVersusPrecise_DifferByAtMostOne()
    {
        BigInteger coarse = SafeBigMath.PowRatioScaled(123_456_789, 987_654_321, BigInteger.Parse("987654321123456789", System.Globalization.CultureInfo.InvariantCulture), BigInteger.Parse("123456789987654321", System.Globalization.CultureInfo.InvariantCulture), 0, Perquintill.Accuracy)!.Value;
        BigInteger precise = SafeBigMath.PowRatioScaled(123_456_789, 987_654_321, BigInteger.Parse("987654321123456789", System.Globalization.CultureInfo.InvariantCulture), BigInteger.Parse("123456789987654321", System.Globalization.CultureInfo.InvariantCulture), 256, Perquintill.Accuracy)!.Value;

        Assert.True(BigInteger.Abs(precise - coarse) <= 1);
    }
}
