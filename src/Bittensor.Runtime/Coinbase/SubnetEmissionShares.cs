using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Coinbase;

/// <summary>
/// Which subnets emit, and how the block's TAO is split across them: EMA-price shares weighted by
/// <c>1 − MinerBurned</c>, renormalised over emission-enabled subnets.
/// </summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/coinbase/subnet_emissions.rs</c>.</remarks>
public static class SubnetEmissionShares
{
    /// <summary>
    /// The subnets that receive emission, in the given order: not root, <c>start_call</c> done, subtoken enabled and
    /// registration allowed.
    /// </summary>
    /// <remarks>Upstream <c>coinbase/subnet_emissions.rs::get_subnets_to_emit_to</c>.</remarks>
    public static ushort[] SubnetsToEmitTo(IEnumerable<EmissionEligibility> subnets)
    {
        ArgumentNullException.ThrowIfNull(subnets);
        return [.. subnets
            .Where(s => s.NetUid != 0 && s.FirstEmissionBlockNumber is not null && s.SubtokenEnabled && s.NetworkRegistrationAllowed)
            .Select(s => s.NetUid)];
    }

    /// <summary>
    /// Shares: <c>price_i / Σ price</c> (U64F64, 0 when the sum is 0), each weighted by <c>1 − min(MinerBurned_i, 1)</c>
    /// and renormalised; when every weighted share is 0 the plain price shares are used.
    /// Result order follows ascending netuid (upstream returns a <c>BTreeMap</c>).
    /// </summary>
    /// <remarks>Upstream <c>coinbase/subnet_emissions.rs::get_shares</c> and <c>get_shares_price_ema</c>.</remarks>
    public static (ushort NetUid, U64F64 Share)[] Shares(IReadOnlyList<SubnetShareInput> subnets)
    {
        ArgumentNullException.ThrowIfNull(subnets);
        SubnetShareInput[] ordered = Ordered(subnets);
        U64F64 totalPrice = U64F64.Zero;
        foreach (SubnetShareInput s in ordered)
        {
            totalPrice = totalPrice.SaturatingAdd(s.MovingPrice);
        }

        var priceShares = new (ushort NetUid, U64F64 Share)[ordered.Length];
        var weighted = new (ushort NetUid, U64F64 Share)[ordered.Length];
        U64F64 totalWeight = U64F64.Zero;
        for (int i = 0; i < ordered.Length; i++)
        {
            U64F64 share = ordered[i].MovingPrice.CheckedDiv(totalPrice) ?? U64F64.Zero;
            priceShares[i] = (ordered[i].NetUid, share);
            U64F64 burned = U64F64.Min(U64F64.SaturatingFromFixed(ordered[i].MinerBurned), U64F64.One);
            U64F64 w = share.SaturatingMul(U64F64.One.SaturatingSub(burned));
            weighted[i] = (ordered[i].NetUid, w);
            totalWeight = totalWeight.SaturatingAdd(w);
        }

        if (totalWeight == U64F64.Zero)
        {
            return priceShares;
        }

        for (int i = 0; i < weighted.Length; i++)
        {
            weighted[i].Share = weighted[i].Share.SafeDiv(totalWeight);
        }

        return weighted;
    }

    /// <summary>
    /// The TAO emission of each subnet: <c>U96F32(U64F64(blockEmission) · share)</c>, where, if any subnet has emission
    /// disabled, enabled subnets' shares are divided by the enabled sum and disabled ones get 0 (they stay in the
    /// result so their alpha-out still runs). Ascending netuid order.
    /// </summary>
    /// <remarks>Upstream <c>coinbase/subnet_emissions.rs::get_subnet_block_emissions</c>.</remarks>
    public static (ushort NetUid, U96F32 TaoEmission)[] BlockEmissions(IReadOnlyList<SubnetShareInput> subnets, U96F32 blockEmission)
    {
        ArgumentNullException.ThrowIfNull(subnets);
        SubnetShareInput[] ordered = Ordered(subnets);
        (ushort NetUid, U64F64 Share)[] shares = Shares(ordered);
        bool hasDisabled = false;
        U64F64 enabledSum = U64F64.Zero;
        for (int i = 0; i < shares.Length; i++)
        {
            if (ordered[i].EmissionEnabled)
            {
                enabledSum = enabledSum.SaturatingAdd(shares[i].Share);
            }
            else
            {
                hasDisabled = true;
            }
        }

        U64F64 emission = U64F64.SaturatingFromFixed(blockEmission);
        var result = new (ushort NetUid, U96F32 TaoEmission)[shares.Length];
        for (int i = 0; i < shares.Length; i++)
        {
            U64F64 share = shares[i].Share;
            if (hasDisabled)
            {
                share = ordered[i].EmissionEnabled && enabledSum > U64F64.Zero ? share.SafeDiv(enabledSum) : U64F64.Zero;
            }

            result[i] = (shares[i].NetUid, U96F32.SaturatingFromFixed(emission.SaturatingMul(share)));
        }

        return result;
    }

    /// <summary>
    /// Whether root alpha dividends accumulate this block: the sum of the emitting subnets' moving prices exceeds 1
    /// (otherwise the root alpha is recycled). The sum wraps like the release-built runtime's <c>Iterator::sum</c>.
    /// </summary>
    /// <remarks>Upstream <c>coinbase/run_coinbase.rs::get_network_root_sell_flag</c>.</remarks>
    public static bool RootSellFlag(IEnumerable<U64F64> movingPrices)
    {
        ArgumentNullException.ThrowIfNull(movingPrices);
        U64F64 total = U64F64.Zero;
        foreach (U64F64 p in movingPrices)
        {
            total = total.WrappingAdd(p);
        }

        return total > U64F64.One;
    }

    private static SubnetShareInput[] Ordered(IReadOnlyList<SubnetShareInput> subnets)
    {
        SubnetShareInput[] ordered = [.. subnets];
        Array.Sort(ordered, static (a, b) => a.NetUid.CompareTo(b.NetUid));
        for (int i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].NetUid == ordered[i - 1].NetUid)
            {
                throw new ArgumentException($"subnet {ordered[i].NetUid} is listed twice", nameof(subnets));
            }
        }

        return ordered;
    }
}
