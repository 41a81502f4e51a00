using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Registration;

/// <summary>
/// The cost of registering a subnet: each registration doubles the last lock, which then decays linearly back to
/// the minimum over the (halving-scaled) reduction interval.
/// </summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/coinbase/root.rs</c>.</remarks>
public static class NetworkLockCost
{
    /// <summary>Runtime default <c>NetworkMinLockCost</c> (1000 TAO; the mock runtime uses 100 TAO).</summary>
    public const ulong DefaultMinLock = 1_000_000_000_000;

    /// <summary>Runtime default <c>NetworkLockReductionInterval</c> in blocks (the mock runtime uses 2).</summary>
    public const ulong DefaultLockReductionInterval = 100_800;

    /// <summary>
    /// <c>NetworkLockReductionInterval</c> scaled by the current TAO halving:
    /// <c>floor(I64F64(interval) · (I64F64(blockEmission) / 1e9))</c> (saturating).
    /// </summary>
    /// <param name="lockReductionInterval">Storage <c>NetworkLockReductionInterval</c>.</param>
    /// <param name="blockEmission">This block's TAO emission (<c>calculate_block_emission</c>, 1e9 if it failed).</param>
    /// <remarks>Upstream <c>coinbase/root.rs::get_lock_reduction_interval</c>.</remarks>
    public static ulong ReductionInterval(ulong lockReductionInterval, ulong blockEmission)
    {
        I64F64 interval = I64F64.SaturatingFromInt(lockReductionInterval);
        I64F64 halving = I64F64.SaturatingFromInt(blockEmission).CheckedDiv(I64F64.FromInt(1_000_000_000)) ?? I64F64.Zero;
        return interval.SaturatingMul(halving).SaturatingToInt<ulong>();
    }

    /// <summary>
    /// The lock cost at <paramref name="currentBlock"/>:
    /// <c>max(minLock, sat_sub(lastLock · mult, (lastLock / interval) · (currentBlock − lastLockBlock)))</c> with
    /// <c>mult = lastLockBlock == 0 ? 1 : 2</c>, all saturating, <c>lastLock / interval</c> = 0 for a zero interval.
    /// </summary>
    /// <param name="lastLock"><c>NetworkLastLockCost</c>.</param>
    /// <param name="minLock"><c>NetworkMinLockCost</c>.</param>
    /// <param name="lastLockBlock">Block of the last subnet registration (rate-limit key <c>NetworkLastRegistered</c>; 0 = never).</param>
    /// <param name="currentBlock">The current block.</param>
    /// <param name="reductionInterval">From <see cref="ReductionInterval"/>.</param>
    /// <remarks>Upstream <c>coinbase/root.rs::get_network_lock_cost</c>.</remarks>
    public static ulong LockCost(ulong lastLock, ulong minLock, ulong lastLockBlock, ulong currentBlock, ulong reductionInterval)
    {
        ulong mult = lastLockBlock == 0 ? 1UL : 2UL;
        ulong doubled = SaturatingMul(lastLock, mult);
        ulong perBlock = reductionInterval == 0 ? 0 : lastLock / reductionInterval;
        ulong elapsed = currentBlock >= lastLockBlock ? currentBlock - lastLockBlock : 0;
        ulong reduction = SaturatingMul(perBlock, elapsed);
        ulong cost = doubled >= reduction ? doubled - reduction : 0;
        return cost < minLock ? minLock : cost;
    }

    private static ulong SaturatingMul(ulong a, ulong b)
    {
        UInt128 p = (UInt128)a * b;
        return p > ulong.MaxValue ? ulong.MaxValue : (ulong)p;
    }
}
