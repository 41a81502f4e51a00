using Bittensor.Core.FixedPoint;
using Bittensor.Runtime.Swap;

namespace Bittensor.Runtime.Coinbase;

/// <summary>
/// The emission half of the per-block coinbase: split the block's TAO across the emitting subnets, inject liquidity
/// or buy alpha with the excess, mint alpha-out and add its split to the pending accumulators. Epochs
/// (<see cref="Scheduling.EpochDrain"/>) and their distribution (<see cref="EmissionDistribution"/>) come after.
/// </summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/coinbase/run_coinbase.rs::{run_coinbase steps 1–4,
/// emit_to_subnets, inject_and_maybe_swap}</c>.</remarks>
public static class BlockCoinbase
{
    /// <summary>
    /// Emits <paramref name="blockEmission"/> (the minted credit) to <paramref name="emitting"/> (the subnets
    /// <see cref="SubnetEmissionShares.SubnetsToEmitTo"/> selected, in that order; the terms are computed in ascending
    /// netuid order, which is the same for netuids below 256).
    /// </summary>
    /// <remarks>
    /// Per subnet, in order: re-weight the pool for (tao_in, alpha_in); if there is excess TAO, spend it from the
    /// credit and buy alpha fee-less with no price limit (the bought alpha goes to <c>SubnetProtocolAlpha</c>); mint
    /// alpha_in into the reserve; spend tao_in from the credit into the reserve. Then per subnet: mint alpha-out, and
    /// split it with the root proportion as it stands after the injection. Whatever credit remains is recycled.
    /// Spending only fails when the credit is short (the subnet account exists: it holds the lock).
    /// </remarks>
    public static CoinbaseBlockResult EmitToSubnets(ulong blockEmission, IReadOnlyList<SubnetCoinbaseState> emitting, CoinbaseParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(emitting);
        U96F32 taoWeight = Proportions.TaoWeight(parameters.TaoWeight);
        SubnetShareInput[] shareInputs = new SubnetShareInput[emitting.Count];
        U64F64[] movingPrices = new U64F64[emitting.Count];
        for (int i = 0; i < emitting.Count; i++)
        {
            SubnetCoinbaseState s = emitting[i];
            movingPrices[i] = MovingPrice.GetMovingAlphaPrice(s.NetUid, s.Pool.Mechanism, s.MovingPrice);
            shareInputs[i] = new SubnetShareInput(s.NetUid, movingPrices[i], s.MinerBurned, s.EmissionEnabled);
        }

        Dictionary<ushort, U96F32> emissions = SubnetEmissionShares.BlockEmissions(shareInputs, U96F32.SaturatingFromInt(blockEmission))
            .ToDictionary(e => e.NetUid, e => e.TaoEmission);
        bool rootSellFlag = SubnetEmissionShares.RootSellFlag(movingPrices);

        SubnetTerms[] terms = new SubnetTerms[emitting.Count];
        for (int i = 0; i < emitting.Count; i++)
        {
            SubnetPool pool = emitting[i].Pool;
            U96F32 rootProportion = Proportions.RootProportion(parameters.RootSubnetTao, taoWeight, pool.AlphaIssuance);
            terms[i] = SubnetTerms.Compute(emissions[emitting[i].NetUid], pool.AlphaIssuance, SwapEngine.CurrentPrice(pool), rootProportion);
        }

        ulong credit = blockEmission;
        SubnetCoinbaseResult[] results = new SubnetCoinbaseResult[emitting.Count];
        for (int i = 0; i < emitting.Count; i++)
        {
            results[i] = Inject(emitting[i], terms[i], parameters.MinimumReserve, ref credit);
        }

        U96F32 ownerCut = Proportions.OfU16Max(parameters.SubnetOwnerCut);
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = EmitAlphaOut(results[i], ownerCut, parameters.RootSubnetTao, taoWeight, rootSellFlag);
        }

        return new CoinbaseBlockResult(results, rootSellFlag, credit);
    }

    private static SubnetCoinbaseResult Inject(SubnetCoinbaseState state, SubnetTerms terms, ulong minimumReserve, ref ulong credit)
    {
        ulong taoIn = terms.TaoIn.SaturatingToInt<ulong>();
        ulong alphaIn = terms.AlphaIn.SaturatingToInt<ulong>();
        ulong taoToSwap = terms.ExcessTao.SaturatingToInt<ulong>();

        (SubnetPool pool, ulong injectedTao, ulong injectedAlpha) = SwapEngine.AdjustProtocolLiquidity(state.Pool, taoIn, alphaIn);
        ulong protocolAlpha = state.ProtocolAlpha;
        ulong excess = 0;
        ulong bought = 0;
        ulong inflow = 0;
        ulong toAccount = 0;
        ulong totalStake = 0;
        ulong volume = 0;

        if (taoToSwap > 0 && credit >= taoToSwap)
        {
            credit -= taoToSwap;
            toAccount = taoToSwap;
            SwapOutcome swap = StakeSwap.SwapTaoForAlpha(pool, taoToSwap, SwapEngine.MaxPriceRao, true, minimumReserve);
            pool = swap.Pool;
            if (swap.IsSuccess)
            {
                bought = swap.Result.AmountPaidOut;
                protocolAlpha = Add(protocolAlpha, bought);
                excess = swap.Result.AmountPaidIn;
                inflow = Add(inflow, excess);
                totalStake = Add(totalStake, taoToSwap);
                volume = Add(volume, taoToSwap);
            }
        }

        pool = pool with { AlphaIn = Add(pool.AlphaIn, injectedAlpha) };

        ulong taoInEmission = 0;
        if (injectedTao != 0 && credit >= injectedTao)
        {
            credit -= injectedTao;
            toAccount = Add(toAccount, injectedTao);
            taoInEmission = injectedTao;
            pool = pool with { SubnetTao = Add(pool.SubnetTao, injectedTao) };
            totalStake = Add(totalStake, injectedTao);
            inflow = Add(inflow, injectedTao);
        }

        return new SubnetCoinbaseResult(
            state with { Pool = pool, ProtocolAlpha = protocolAlpha },
            terms,
            taoInEmission,
            injectedAlpha,
            0,
            excess,
            bought,
            inflow,
            default,
            0,
            toAccount,
            totalStake,
            volume);
    }

    private static SubnetCoinbaseResult EmitAlphaOut(SubnetCoinbaseResult result, U96F32 ownerCut, ulong rootSubnetTao, U96F32 taoWeight, bool rootSellFlag)
    {
        SubnetCoinbaseState state = result.State;
        ulong created = result.Terms.AlphaOut.SaturatingToInt<ulong>();
        SubnetPool pool = state.Pool with { AlphaOut = Add(state.Pool.AlphaOut, created) };

        U96F32 rootProportion = Proportions.RootProportion(rootSubnetTao, taoWeight, pool.AlphaIssuance);
        AlphaOutSplit split = AlphaOutSplit.Compute(result.Terms.AlphaOut, state.OwnerCutEnabled, ownerCut, rootProportion, rootSellFlag);
        ulong recycled = 0;
        if (!rootSellFlag)
        {
            recycled = split.RootAlpha;
            pool = pool with { AlphaOut = pool.AlphaOut >= recycled ? pool.AlphaOut - recycled : 0 };
        }

        return result with
        {
            State = state with { Pool = pool, Pending = state.Pending.Accumulate(split) },
            AlphaOutEmission = created,
            Split = split,
            RecycledAlpha = recycled,
        };
    }

    private static ulong Add(ulong a, ulong b) => a > ulong.MaxValue - b ? ulong.MaxValue : a + b;
}
