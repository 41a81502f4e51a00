using Bittensor.Core.FixedPoint;

namespace Bittensor.Runtime.Coinbase;

/// <summary>The credits of one epoch's distribution, for the pallet to apply in this order.</summary>
/// <param name="IncentiveSum">Σ incentive of the epoch (0 → validators also get the server alpha).</param>
/// <param name="ValidatorAlpha">The validator pot: pending validator alpha, plus the server alpha when there is no incentive.</param>
/// <param name="OwnerCut">The owner cut to stake, <see langword="null"/> when the subnet owner or owner hotkey is unset (then it is not paid).</param>
/// <param name="Incentives">Miner incentives to stake, by ascending hotkey.</param>
/// <param name="Withheld">Owner hotkeys' incentives, by ascending hotkey.</param>
/// <param name="MinerBurned">New <c>MinerBurned</c>: withheld / Σ incentive (0 when there is no incentive).</param>
/// <param name="AlphaDividends">Alpha dividends by ascending hotkey (<c>AlphaDividendsPerSubnet</c> is cleared and rewritten).</param>
/// <param name="RootAlphaDividends">Root alpha dividends by ascending hotkey (<c>RootAlphaDividendsPerSubnet</c> is cleared and rewritten).</param>
/// <param name="ChildKeyBurn">Alpha recycled by the child-key burn (<c>CKBurn</c>).</param>
public sealed record DistributionResult(
    ulong IncentiveSum,
    ulong ValidatorAlpha,
    StakeCredit? OwnerCut,
    IReadOnlyList<IncentivePayout> Incentives,
    IReadOnlyList<WithheldIncentive> Withheld,
    U96F32 MinerBurned,
    IReadOnlyList<DividendPayout> AlphaDividends,
    IReadOnlyList<RootDividendPayout> RootAlphaDividends,
    ulong ChildKeyBurn)
{
    /// <summary>Alpha taken off <c>SubnetAlphaOut</c>: the child-key burn plus recycled withheld incentive.</summary>
    public ulong RecycledAlpha => Sum([.. Withheld.Where(w => w.Recycled).Select(w => w.Amount), ChildKeyBurn]);

    /// <summary>Withheld incentive that is burned (issuance unchanged).</summary>
    public ulong BurnedAlpha => Sum(Withheld.Where(w => !w.Recycled).Select(w => w.Amount));

    /// <summary>Everything credited to stakers or claimants (owner cut, incentives, dividend takes and rests, root claimable).</summary>
    public ulong TotalCredited =>
        Sum([
            OwnerCut?.Amount ?? 0,
            .. Incentives.Select(i => i.Amount),
            .. AlphaDividends.SelectMany(d => new[] { d.Take, d.Nominators }),
            .. RootAlphaDividends.SelectMany(d => new[] { d.Take, d.Claimable }),
        ]);

    private static ulong Sum(IEnumerable<ulong> values)
    {
        ulong total = 0;
        foreach (ulong v in values)
        {
            total = total > ulong.MaxValue - v ? ulong.MaxValue : total + v;
        }

        return total;
    }
}
