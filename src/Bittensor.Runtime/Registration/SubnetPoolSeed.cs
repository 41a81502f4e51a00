using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Registration;

/// <summary>The pool a newly registered subnet starts with, and the median price that sizes its alpha reserve.</summary>
/// <param name="SubnetTao">Initial <c>SubnetTAO</c>: <c>max(lock, minLock)</c>.</param>
/// <param name="SubnetAlphaIn">Initial <c>SubnetAlphaIn</c>: <c>floor(SubnetTao / median price)</c> (0 for a zero median).</param>
/// <param name="RecycledTao"><c>RAORecycledForRegistration</c>: <c>lock − SubnetTao</c> (saturating; normally 0).</param>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/subnets/subnet.rs::do_register_network</c> and
/// <c>staking/stake_utils.rs::get_median_subnet_alpha_price</c>.</remarks>
public readonly record struct SubnetPoolSeed(ulong SubnetTao, ulong SubnetAlphaIn, ulong RecycledTao)
{
    /// <summary>
    /// Seeds the pool from the lock actually transferred: the whole lock stays in the pool (at least
    /// <paramref name="minLock"/>), and the alpha reserve is sized at <paramref name="medianAlphaPrice"/>.
    /// <c>TotalStake</c> grows by <see cref="SubnetTao"/>; <c>SubnetAlphaOut</c> starts at 0.
    /// </summary>
    /// <remarks>Upstream <c>subnets/subnet.rs::do_register_network</c> ("Keep the locked TAO in the pool").</remarks>
    public static SubnetPoolSeed Create(ulong actualLock, ulong minLock, U64F64 medianAlphaPrice)
    {
        ulong poolTao = actualLock >= minLock ? actualLock : minLock;
        ulong poolAlpha = U64F64.SaturatingFromInt(poolTao).SafeDiv(medianAlphaPrice).SaturatingToInt<ulong>();
        ulong recycled = actualLock >= poolTao ? actualLock - poolTao : 0;
        return new SubnetPoolSeed(poolTao, poolAlpha, recycled);
    }

    /// <summary>
    /// Median of the positive current alpha prices of the other non-root subnets: the middle value, or the mean of
    /// the two middle values (U64F64 <c>safe_div</c> by 2) for an even count; 1.0 when there is none.
    /// </summary>
    /// <remarks>Upstream <c>staking/stake_utils.rs::get_median_subnet_alpha_price</c>.</remarks>
    public static U64F64 MedianAlphaPrice(IEnumerable<U64F64> currentPrices)
    {
        ArgumentNullException.ThrowIfNull(currentPrices);
        List<U64F64> prices = [.. currentPrices.Where(p => p > U64F64.Zero)];
        if (prices.Count == 0)
        {
            return U64F64.One;
        }

        prices.Sort();
        int lowerTarget = (prices.Count - 1) / 2;
        int upperTarget = prices.Count / 2;
        return lowerTarget == upperTarget
            ? prices[upperTarget]
            : prices[lowerTarget].SaturatingAdd(prices[upperTarget]).SafeDiv(U64F64.FromInt(2));
    }
}
