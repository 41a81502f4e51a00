using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Swap;

/// <summary>
/// Subtensor's swaps against a subnet pool, with the reserve bookkeeping they do around the swap pallet.
/// Mechanism-1 pools go through <see cref="SwapEngine.Swap"/>; other mechanisms swap 1:1 without a fee.
/// </summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/staking/stake_utils.rs</c>.</remarks>
public static class StakeSwap
{
    /// <summary>
    /// TAO → alpha. On success <c>SubnetAlphaIn −= paid_out</c> (saturating), <c>SubnetAlphaOut += paid_out</c>,
    /// <c>SubnetTAO += paid_in</c>; the caller adds the full <paramref name="tao"/> to <c>TotalStake</c> and
    /// <c>SubnetVolume</c>, and moves the fee (<see cref="SwapResult.FeeToBlockAuthor"/>) to the block author.
    /// </summary>
    /// <param name="pool">The pool before the swap.</param>
    /// <param name="tao">TAO in, fee included.</param>
    /// <param name="priceLimitRao">Limit in rao per alpha (<see cref="SwapEngine.MaxPriceRao"/> for no limit).</param>
    /// <param name="dropFees">Protocol swaps drop the fee.</param>
    /// <param name="minimumReserve">Swap pallet <c>MinimumReserve</c>.</param>
    /// <remarks>Upstream <c>staking/stake_utils.rs::swap_tao_for_alpha</c>.</remarks>
    public static SwapOutcome SwapTaoForAlpha(in SubnetPool pool, ulong tao, ulong priceLimitRao, bool dropFees, ulong minimumReserve = SwapEngine.DefaultMinimumReserve)
    {
        SwapOutcome outcome = pool.Mechanism == 1
            ? SwapEngine.Swap(pool, SwapDirection.Buy, tao, SwapEngine.LimitPriceFromRao(priceLimitRao), dropFees, minimumReserve)
            : new SwapOutcome(SwapError.None, new SwapResult(tao, tao, 0, 0), pool);
        if (!outcome.IsSuccess)
        {
            return outcome;
        }

        SubnetPool p = outcome.Pool;
        SwapResult r = outcome.Result;
        p = p with
        {
            AlphaIn = Sub(p.AlphaIn, r.AmountPaidOut),
            AlphaOut = Add(p.AlphaOut, r.AmountPaidOut),
            SubnetTao = Add(p.SubnetTao, r.AmountPaidIn),
        };
        return outcome with { Pool = p };
    }

    /// <summary>
    /// Alpha → TAO. On success <c>SubnetAlphaIn += paid_in</c>, <c>SubnetAlphaOut −= paid_in</c>,
    /// <c>SubnetTAO −= paid_out</c> (saturating); the caller subtracts <c>paid_out</c> from <c>TotalStake</c> and adds it
    /// to <c>SubnetVolume</c>. The alpha fee stays with the caller (upstream swaps it fee-less to TAO for the author).
    /// </summary>
    /// <param name="pool">The pool before the swap.</param>
    /// <param name="alpha">Alpha in, fee included.</param>
    /// <param name="priceLimitRao">Limit in rao per alpha (<see cref="SwapEngine.MinPriceRao"/> for no limit).</param>
    /// <param name="dropFees">Protocol swaps drop the fee.</param>
    /// <param name="minimumReserve">Swap pallet <c>MinimumReserve</c>.</param>
    /// <remarks>Upstream <c>staking/stake_utils.rs::swap_alpha_for_tao</c>.</remarks>
    public static SwapOutcome SwapAlphaForTao(in SubnetPool pool, ulong alpha, ulong priceLimitRao, bool dropFees, ulong minimumReserve = SwapEngine.DefaultMinimumReserve)
    {
        SwapOutcome outcome = pool.Mechanism == 1
            ? SwapEngine.Swap(pool, SwapDirection.Sell, alpha, SwapEngine.LimitPriceFromRao(priceLimitRao), dropFees, minimumReserve)
            : new SwapOutcome(SwapError.None, new SwapResult(alpha, alpha, 0, 0), pool);
        if (!outcome.IsSuccess)
        {
            return outcome;
        }

        SubnetPool p = outcome.Pool;
        SwapResult r = outcome.Result;
        p = p with
        {
            AlphaIn = Add(p.AlphaIn, r.AmountPaidIn),
            AlphaOut = Sub(p.AlphaOut, r.AmountPaidIn),
            SubnetTao = Sub(p.SubnetTao, r.AmountPaidOut),
        };
        return outcome with { Pool = p };
    }

    /// <summary>
    /// TAO value of <paramref name="tao"/> in alpha without slippage (mechanism 1: <c>floor(tao / price)</c>, 0 at price 0; else 1:1).
    /// </summary>
    /// <remarks>Upstream <c>impls.rs::get_alpha_amount_for_tao</c>.</remarks>
    public static ulong AlphaAmountForTao(in SubnetPool pool, ulong tao) =>
        pool.Mechanism == 1 ? U64F64.FromInt(tao).SafeDiv(SwapEngine.CurrentPrice(pool)).SaturatingToInt<ulong>() : tao;

    private static ulong Add(ulong a, ulong b) => a > ulong.MaxValue - b ? ulong.MaxValue : a + b;

    private static ulong Sub(ulong a, ulong b) => a >= b ? a - b : 0;
}
