using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Framework.Types;
using Bittensor.Runtime.Swap;
using static Bittensor.Runtime.Api.Subtensor.StakeInfoTypes;

namespace Bittensor.Runtime.Api.Subtensor;

/// <summary>
/// <c>SwapRuntimeApi</c> (version 1): the alpha price in rao and simulated swaps through the subnet pool (nothing is kept).
/// </summary>
/// <remarks>
/// opentensor/subtensor@14bc6f9 <c>runtime/src/lib.rs</c> (<c>impl SwapRuntimeApi</c>) and <c>pallets/swap/src/pallet/impls.rs::sim_swap</c>:
/// mechanism-1 pools run the swap at the default limit (max price for buys, min for sells) with fees; other mechanisms
/// swap 1:1 without a fee if the subnet exists (0 otherwise). A failed swap reports all zeros. Slippage is the shortfall
/// against the no-slippage amount at the current price.
/// </remarks>
internal static class SwapApi
{
    public static RuntimeApiDescriptor Create() => new(
        "SwapRuntimeApi",
        1,
        [
            ApiMethod.Create("current_alpha_price", [ApiMethod.NetUid()], TypeRef.U64, (c, a) => PriceRao(c, (ushort)a[0]!)),
            ApiMethod.Create("current_alpha_price_all", [], TypeRef.Vec(SubnetPrice), (c, _) => c.AllNetuids().Select(n => (object?)new object?[] { n, PriceRao(c, n) }).ToArray()),
            ApiMethod.Create("sim_swap_tao_for_alpha", [ApiMethod.NetUid(), new("tao", TypeRef.U64, "TaoBalance")], SimSwapResult, (c, a) => Simulate(c, (ushort)a[0]!, (ulong)a[1]!, SwapDirection.Buy)),
            ApiMethod.Create("sim_swap_alpha_for_tao", [ApiMethod.NetUid(), new("alpha", TypeRef.U64, "AlphaBalance")], SimSwapResult, (c, a) => Simulate(c, (ushort)a[0]!, (ulong)a[1]!, SwapDirection.Sell)),
        ],
        []);

    /// <summary><c>current_alpha_price</c>: <c>current_price · 10^9</c>, saturating to u64.</summary>
    private static ulong PriceRao(ApiContext c, ushort netuid) =>
        SwapEngine.CurrentPrice(c.Module.GetPool(c.Storage, netuid)).SaturatingMul(U64F64.FromInt(1_000_000_000)).SaturatingToInt<ulong>();

    private static object?[] Simulate(ApiContext c, ushort netuid, ulong amount, SwapDirection direction)
    {
        SubnetPool pool = c.Module.GetPool(c.Storage, netuid);
        U64F64 price = SwapEngine.CurrentPrice(pool);
        bool buy = direction == SwapDirection.Buy;
        SwapResult r;
        if (pool.Mechanism == 1)
        {
            U64F64 limit = SwapEngine.LimitPriceFromRao(buy ? SwapEngine.MaxPriceRao : SwapEngine.MinPriceRao);
            SwapOutcome outcome = SwapEngine.Swap(pool, direction, amount, limit, dropFees: false, SwapEngine.DefaultMinimumReserve, simulate: true);
            if (!outcome.IsSuccess)
            {
                return Result(0, 0, 0, 0, 0, 0);
            }

            r = outcome.Result;
        }
        else
        {
            ulong actual = c.SubnetExists(netuid) ? amount : 0;
            r = new SwapResult(actual, actual, 0, 0);
        }

        if (buy)
        {
            ulong noSlippageAlpha = U64F64.FromInt(amount).SafeDiv(price).SaturatingToInt<ulong>();
            return Result(r.AmountPaidIn, r.AmountPaidOut, r.FeePaid, 0, 0, Pallets.Subtensor.SubtensorModule.SatSub(noSlippageAlpha, r.AmountPaidOut));
        }

        ulong noSlippageTao = U64F64.FromInt(amount).SaturatingMul(price).SaturatingToInt<ulong>();
        return Result(r.AmountPaidOut, r.AmountPaidIn, 0, r.FeePaid, Pallets.Subtensor.SubtensorModule.SatSub(noSlippageTao, r.AmountPaidOut), 0);
    }

    private static object?[] Result(ulong taoAmount, ulong alphaAmount, ulong taoFee, ulong alphaFee, ulong taoSlippage, ulong alphaSlippage) => RpcInfoTypes.Row(
        SimSwapResult,
        ("tao_amount", taoAmount), ("alpha_amount", alphaAmount), ("tao_fee", taoFee), ("alpha_fee", alphaFee), ("tao_slippage", taoSlippage), ("alpha_slippage", alphaSlippage));
}
