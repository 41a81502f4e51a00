using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Registration;
using Bittensor.Runtime.Tests.Swap;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bittensor.Runtime.Tests.Registration;

/// <summary>The burn price stays within its bounds whatever the half-life, multiplier and history.</summary>
public class BurnPricePropertyTests
{
    [Property(Arbitrary = new[] { typeof(BurnPricePropertyTests) }, MaxTest = 200)]
    public void BurnPrice_AnyHistory_StaysWithinMinMax(BurnHistory h)
    {
        ulong burn = h.Start;
        ulong block = 2;
        foreach (bool register in h.Steps)
        {
            burn = register
                ? BurnPrice.BumpAfterRegistration(burn, h.Multiplier, h.Min, h.Max)
                : BurnPrice.DecayForBlock(burn, h.HalfLife, h.Min, h.Max, block++);
            Assert.InRange(burn, h.Min, h.Max);
        }
    }

    [Property(Arbitrary = new[] { typeof(BurnPricePropertyTests) }, MaxTest = 50)]
    public void DecayFactor_AnyHalfLife_IsLargestFactorNotAboveHalf(BurnHistory h)
    {
        ulong f = BurnPrice.DecayFactorQ32(h.HalfLife);

        Assert.True(f < BurnPrice.OneQ32);
        Assert.True(BurnPrice.PowQ32(f, h.HalfLife) <= 1UL << 31);
        Assert.True(BurnPrice.PowQ32(f + 1, h.HalfLife) > 1UL << 31);
    }

    public static Arbitrary<BurnHistory> Histories()
    {
        Gen<BurnHistory> gen =
            from min in EconomicsArbitraries.Magnitude(1, 50)
            from span in EconomicsArbitraries.Magnitude(1, 50)
            from start in EconomicsArbitraries.Magnitude(1, 62)
            from halfLife in Gen.Choose(1, ushort.MaxValue)
            from multBits in EconomicsArbitraries.Between(0, 1UL << 34)
            from steps in Gen.ArrayOf(Gen.Elements(true, false, false), 40)
            select new BurnHistory(min, min + span, start, (ushort)halfLife, U64F64.FromBits(multBits << 32), steps);
        return Arb.From(gen);
    }
}
