using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Registration;

namespace Bittensor.Runtime.Tests.Registration;

/// <summary>Subnet lock cost (coinbase/root.rs::get_network_lock_cost, get_lock_reduction_interval) and pool seeding.</summary>
public class NetworkLockCostTests
{
    [Fact]
    public void LockCost_FirstRegistration_IsLastLockWithoutDoubling()
    {
        // No subnet registered yet (last lock block 0): the multiplier is 1, so the cost is the stored last lock.
        Assert.Equal(NetworkLockCost.DefaultMinLock, NetworkLockCost.LockCost(NetworkLockCost.DefaultMinLock, NetworkLockCost.DefaultMinLock, 0, 0, 100_800));
        Assert.Equal(3_000_000_000_000UL, NetworkLockCost.LockCost(3_000_000_000_000, NetworkLockCost.DefaultMinLock, 0, 0, 100_800));
    }

    [Fact]
    public void LockCost_RightAfterRegistration_Doubles()
    {
        ulong last = 2_000_000_000_000;
        Assert.Equal(2 * last, NetworkLockCost.LockCost(last, NetworkLockCost.DefaultMinLock, 1000, 1000, 100_800));
    }

    [Fact]
    public void LockCost_DecaysLinearlyWithIntegerDivisionFirst()
    {
        ulong last = 2_000_000_000_123;
        ulong interval = 100_800;
        ulong perBlock = last / interval;
        ulong expected = (2 * last) - (perBlock * 5000);

        Assert.Equal(expected, NetworkLockCost.LockCost(last, NetworkLockCost.DefaultMinLock, 1000, 6000, interval));
    }

    [Fact]
    public void LockCost_AfterFullInterval_FloorsAtMinimum()
    {
        ulong last = 3_000_000_000_000;
        Assert.Equal(NetworkLockCost.DefaultMinLock, NetworkLockCost.LockCost(last, NetworkLockCost.DefaultMinLock, 10, 10 + (3 * 100_800), 100_800));
    }

    [Fact]
    public void LockCost_ZeroInterval_DoesNotDecay()
    {
        Assert.Equal(4_000_000_000_000UL, NetworkLockCost.LockCost(2_000_000_000_000, NetworkLockCost.DefaultMinLock, 5, 1_000_000, 0));
    }

    [Theory]
    [InlineData(1_000_000_000UL, 100_800UL)]
    [InlineData(500_000_000UL, 50_400UL)]
    [InlineData(250_000_000UL, 25_200UL)]
    [InlineData(0UL, 0UL)]
    public void ReductionInterval_HalvesWithEmission(ulong emission, ulong expected)
    {
        Assert.Equal(expected, NetworkLockCost.ReductionInterval(NetworkLockCost.DefaultLockReductionInterval, emission));
    }

    [Fact]
    public void PoolSeed_LockAboveMinimum_KeepsWholeLockAndSizesAlphaAtMedian()
    {
        U64F64 median = U64F64.FromInt(1) / U64F64.FromInt(4);
        SubnetPoolSeed seed = SubnetPoolSeed.Create(2_000_000_000_000, NetworkLockCost.DefaultMinLock, median);

        Assert.Equal(2_000_000_000_000UL, seed.SubnetTao);
        Assert.Equal(8_000_000_000_000UL, seed.SubnetAlphaIn);
        Assert.Equal(0UL, seed.RecycledTao);
    }

    [Fact]
    public void PoolSeed_LockBelowMinimum_PoolsTheMinimum()
    {
        SubnetPoolSeed seed = SubnetPoolSeed.Create(5, 100, U64F64.One);

        Assert.Equal(new SubnetPoolSeed(100, 100, 0), seed);
    }

    [Fact]
    public void MedianAlphaPrice_NoPositivePrice_IsOne()
    {
        Assert.Equal(U64F64.One, SubnetPoolSeed.MedianAlphaPrice([U64F64.Zero]));
    }

    [Fact]
    public void MedianAlphaPrice_EvenCount_AveragesMiddlePair()
    {
        U64F64[] prices = [U64F64.FromInt(4), U64F64.Zero, U64F64.FromInt(1), U64F64.FromInt(2), U64F64.FromInt(9)];

        Assert.Equal(U64F64.FromInt(3), SubnetPoolSeed.MedianAlphaPrice(prices));
    }

    [Fact]
    public void MedianAlphaPrice_OddCount_TakesMiddle()
    {
        U64F64[] prices = [U64F64.FromInt(4), U64F64.FromInt(1), U64F64.FromInt(2)];

        Assert.Equal(U64F64.FromInt(2), SubnetPoolSeed.MedianAlphaPrice(prices));
    }
}
