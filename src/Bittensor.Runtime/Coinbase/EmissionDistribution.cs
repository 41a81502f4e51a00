using Bittensor.Core.FixedPoint;
using Bittensor.Core.Primitives;

namespace Bittensor.Runtime.Coinbase;

/// <summary>
/// Epoch-time distribution of a subnet's drained emission as a pure function of the epoch's per-hotkey output and
/// the stake/take state: owner cut, miner incentives (owner hotkeys withheld), the parent/child dividend split,
/// the alpha/root split of dividends by stake, and validator takes. The pallet applies the returned credits.
/// </summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/subtensor/src/coinbase/run_coinbase.rs</c>.</remarks>
public static class EmissionDistribution
{
    /// <summary>
    /// Distributes one drained epoch: the validator pot is the pending validator alpha (plus the server alpha when no
    /// incentive was earned); dividends go through the parent/child split, then each hotkey's share is divided into an
    /// alpha part and a root part by its stake, and scaled to the pot and to the pending root alpha.
    /// </summary>
    /// <remarks>Upstream <c>coinbase/run_coinbase.rs::distribute_emission</c> after <c>epoch_with_mechanisms</c>
    /// (whose output is <see cref="DistributionInput.Emission"/>), <c>calculate_dividend_and_incentive_distribution</c>
    /// and <c>distribute_dividends_and_incentives</c>.</remarks>
    public static DistributionResult Distribute(DistributionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ulong incentiveSum = 0;
        foreach (HotkeyEmission e in input.Emission)
        {
            incentiveSum = Add(incentiveSum, e.Incentive);
        }

        ulong validatorAlpha = incentiveSum != 0 ? input.Pending.Validator : Add(input.Pending.Validator, input.Pending.Server);

        (SortedDictionary<AccountId32, ulong> incentives, SortedDictionary<AccountId32, U96F32> dividends, ulong ckBurn) =
            DividendsAndIncentives(input.Emission, input.Info, input.TaoWeight, input.CkBurn);

        SortedDictionary<AccountId32, (ulong Alpha, ulong Root)> stakeMap = [];
        foreach (AccountId32 hotkey in dividends.Keys)
        {
            HotkeyDistributionInfo info = input.Info(hotkey);
            stakeMap[hotkey] = (info.AlphaStake, info.RootStake);
        }

        (SortedDictionary<AccountId32, U96F32> alphaDividends, SortedDictionary<AccountId32, U96F32> rootDividends) =
            DividendDistribution(validatorAlpha, input.Pending.RootAlpha, input.TaoWeight, stakeMap, dividends);

        StakeCredit? ownerCut = input.SubnetOwner is { } ownerColdkey && input.SubnetOwnerHotkey is { } ownerHotkey
            ? new StakeCredit(ownerHotkey, ownerColdkey, input.Pending.OwnerCut)
            : null;

        HashSet<AccountId32> ownerHotkeys = [.. input.OwnerHotkeys];
        bool recycle = input.RecycleOrBurn == RecycleOrBurn.Recycle;
        List<IncentivePayout> incentivePayouts = [];
        List<WithheldIncentive> withheld = [];
        ulong total = 0;
        ulong withheldTotal = 0;
        foreach ((AccountId32 hotkey, ulong incentive) in incentives)
        {
            total = Add(total, incentive);
            if (ownerHotkeys.Contains(hotkey))
            {
                withheldTotal = Add(withheldTotal, incentive);
                withheld.Add(new WithheldIncentive(hotkey, incentive, recycle));
                continue;
            }

            AccountId32 owner = input.Info(hotkey).Owner;
            bool auto = input.AutoStakeDestinations.TryGetValue(owner, out AccountId32 destination);
            incentivePayouts.Add(new IncentivePayout(hotkey, auto ? destination : hotkey, owner, incentive, auto));
        }

        U96F32 minerBurned = U96F32.FromInt(withheldTotal).CheckedDiv(U96F32.FromInt(total)) ?? U96F32.Zero;

        List<DividendPayout> alphaPayouts = [];
        foreach ((AccountId32 hotkey, U96F32 divs) in alphaDividends)
        {
            HotkeyDistributionInfo info = input.Info(hotkey);
            U96F32 take = Proportions.OfU16Max(info.DelegateTake).SaturatingMul(divs);
            U96F32 rest = divs.SaturatingSub(take);
            alphaPayouts.Add(new DividendPayout(hotkey, info.Owner, take.SaturatingToInt<ulong>(), rest.SaturatingToInt<ulong>()));
        }

        List<RootDividendPayout> rootPayouts = [];
        foreach ((AccountId32 hotkey, U96F32 rootAlpha) in rootDividends)
        {
            HotkeyDistributionInfo info = input.Info(hotkey);
            U96F32 take = Proportions.OfU16Max(info.DelegateTake).SaturatingMul(rootAlpha);
            U96F32 rest = rootAlpha.SaturatingSub(take);
            rootPayouts.Add(new RootDividendPayout(hotkey, info.Owner, take.SaturatingToInt<ulong>(), rest.SaturatingToInt<ulong>()));
        }

        return new DistributionResult(incentiveSum, validatorAlpha, ownerCut, incentivePayouts, withheld, minerBurned, alphaPayouts, rootPayouts, ckBurn);
    }

    /// <summary>
    /// Incentives summed per hotkey, and dividends after each hotkey's parent/child split summed per receiving hotkey
    /// (U96F32), both by ascending hotkey; plus the total child-key burn.
    /// </summary>
    /// <remarks>Upstream <c>coinbase/run_coinbase.rs::calculate_dividends_and_incentives</c>.</remarks>
    public static (SortedDictionary<AccountId32, ulong> Incentives, SortedDictionary<AccountId32, U96F32> Dividends, ulong ChildKeyBurn) DividendsAndIncentives(
        IReadOnlyList<HotkeyEmission> emission,
        Func<AccountId32, HotkeyDistributionInfo> info,
        U96F32 taoWeight,
        U96F32 ckBurn)
    {
        ArgumentNullException.ThrowIfNull(emission);
        ArgumentNullException.ThrowIfNull(info);
        SortedDictionary<AccountId32, ulong> incentives = [];
        SortedDictionary<AccountId32, U96F32> dividends = [];
        ulong burned = 0;
        foreach (HotkeyEmission e in emission)
        {
            incentives[e.Hotkey] = incentives.TryGetValue(e.Hotkey, out ulong prior) ? Add(prior, e.Incentive) : e.Incentive;
            (IReadOnlyList<(AccountId32 Hotkey, ulong Dividend)> tuples, ulong burn) = ParentChildDividends(e.Hotkey, e.Dividend, info, taoWeight, ckBurn);
            burned = Add(burned, burn);
            foreach ((AccountId32 hotkey, ulong div) in tuples)
            {
                U96F32 value = U96F32.FromInt(div);
                dividends[hotkey] = dividends.TryGetValue(hotkey, out U96F32 existing) ? existing.SaturatingAdd(value) : value;
            }
        }

        return (incentives, dividends, burned);
    }

    /// <summary>
    /// Splits <paramref name="dividends"/> of <paramref name="hotkey"/> among its parents and itself: each parent gets
    /// <c>dividends · contribution / total</c> where a contribution is <c>(alpha + root·tw)·proportion</c> and the
    /// hotkey's own is its stake times <c>1 − Σ child proportions</c>; from a parent with another owner coldkey the
    /// child-key burn (recycled, floored per parent) and the child-key take (kept by the hotkey) are removed. The
    /// hotkey gets what remains plus all takes; it is listed last.
    /// </summary>
    /// <returns>The (hotkey, dividend) tuples in parent order then self, and the alpha recycled by the burn.</returns>
    /// <remarks>Upstream <c>coinbase/run_coinbase.rs::get_parent_child_dividends_distribution</c>.</remarks>
    public static (IReadOnlyList<(AccountId32 Hotkey, ulong Dividend)> Tuples, ulong ChildKeyBurn) ParentChildDividends(
        AccountId32 hotkey,
        ulong dividends,
        Func<AccountId32, HotkeyDistributionInfo> info,
        U96F32 taoWeight,
        U96F32 ckBurn)
    {
        ArgumentNullException.ThrowIfNull(info);
        HotkeyDistributionInfo self = info(hotkey);
        U96F32 validating = U96F32.FromInt(dividends);
        U96F32 remaining = validating;
        U96F32 childTakeProportion = Proportions.OfU16Max(self.ChildkeyTake);
        U96F32 totalChildTake = U96F32.Zero;
        U96F32 totalContribution = U96F32.FromInt(SelfContribution(self, taoWeight));

        List<(AccountId32 Parent, U96F32 Contribution, AccountId32 Owner)> parents = [];
        foreach (ChildKeyLink link in self.Parents)
        {
            HotkeyDistributionInfo parent = info(link.Hotkey);
            U96F32 proportion = Proportions.OfU64Max(link.Proportion);
            U96F32 alphaContribution = U96F32.FromInt(parent.AlphaStake).SaturatingMul(proportion);
            U96F32 rootContribution = U96F32.FromInt(parent.RootStake).SaturatingMul(proportion).SaturatingMul(taoWeight);
            U96F32 combined = alphaContribution.SaturatingAdd(rootContribution);
            totalContribution = totalContribution.SaturatingAdd(combined);
            parents.Add((link.Hotkey, combined, parent.Owner));
        }

        List<(AccountId32 Hotkey, ulong Dividend)> tuples = [];
        ulong burned = 0;
        foreach ((AccountId32 parent, U96F32 contribution, AccountId32 parentOwner) in parents)
        {
            U96F32 factor = contribution.CheckedDiv(totalContribution) ?? U96F32.Zero;
            U96F32 parentEmission = validating.SaturatingMul(factor);
            remaining = remaining.SaturatingSub(parentEmission);
            if (parentOwner != self.Owner)
            {
                U96F32 burnTake = ckBurn.SaturatingMul(parentEmission);
                U96F32 childTake = childTakeProportion.SaturatingMul(parentEmission);
                parentEmission = parentEmission.SaturatingSub(burnTake).SaturatingSub(childTake);
                totalChildTake = totalChildTake.SaturatingAdd(childTake);
                burned = Add(burned, burnTake.SaturatingToInt<ulong>());
            }

            tuples.Add((parent, parentEmission.SaturatingToInt<ulong>()));
        }

        tuples.Add((hotkey, remaining.SaturatingAdd(totalChildTake).SaturatingToInt<ulong>()));
        return (tuples, burned);
    }

    /// <summary>
    /// The part of a hotkey's stake it keeps for itself: <c>floor(alpha·r + root·r·tw)</c> with
    /// <c>r = 1 − Σ child proportions</c> (saturating).
    /// </summary>
    /// <remarks>Upstream <c>coinbase/run_coinbase.rs::get_self_contribution</c>.</remarks>
    public static ulong SelfContribution(HotkeyDistributionInfo info, U96F32 taoWeight)
    {
        ArgumentNullException.ThrowIfNull(info);
        U96F32 remaining = U96F32.One;
        foreach (ChildKeyLink child in info.Children)
        {
            remaining = remaining.SaturatingSub(Proportions.OfU64Max(child.Proportion));
        }

        U96F32 alpha = U96F32.FromInt(info.AlphaStake).SaturatingMul(remaining);
        U96F32 root = U96F32.FromInt(info.RootStake).SaturatingMul(remaining).SaturatingMul(taoWeight);
        return alpha.SaturatingAdd(root).SaturatingToInt<ulong>();
    }

    /// <summary>
    /// Splits each hotkey's dividend into a root part (<c>d · root·tw / (alpha + root·tw)</c>, 0 without stake) and an
    /// alpha part, then pays <c>pendingAlpha · alpha_h / Σ alpha</c> and <c>pendingRootAlpha · root_h / Σ root</c>
    /// (U96F32, shares 0 when the sum is 0). Hotkeys missing from <paramref name="stakeMap"/> are skipped.
    /// </summary>
    /// <remarks>Upstream <c>coinbase/run_coinbase.rs::calculate_dividend_distribution</c>.</remarks>
    public static (SortedDictionary<AccountId32, U96F32> AlphaDividends, SortedDictionary<AccountId32, U96F32> RootAlphaDividends) DividendDistribution(
        ulong pendingAlpha,
        ulong pendingRootAlpha,
        U96F32 taoWeight,
        IReadOnlyDictionary<AccountId32, (ulong Alpha, ulong Root)> stakeMap,
        IReadOnlyDictionary<AccountId32, U96F32> dividends)
    {
        ArgumentNullException.ThrowIfNull(stakeMap);
        ArgumentNullException.ThrowIfNull(dividends);
        SortedDictionary<AccountId32, U96F32> alphaDivs = [];
        SortedDictionary<AccountId32, U96F32> rootDivs = [];
        U96F32 totalAlpha = U96F32.Zero;
        U96F32 totalRoot = U96F32.Zero;
        foreach ((AccountId32 hotkey, U96F32 dividend) in dividends.OrderBy(d => d.Key))
        {
            if (!stakeMap.TryGetValue(hotkey, out (ulong Alpha, ulong Root) stake))
            {
                continue;
            }

            U96F32 rootAlpha = U96F32.FromInt(stake.Root).SaturatingMul(taoWeight);
            U96F32 totalStake = U96F32.FromInt(stake.Alpha).SaturatingAdd(rootAlpha);
            U96F32 rootProp = rootAlpha.CheckedDiv(totalStake) ?? U96F32.Zero;
            U96F32 root = dividend.SaturatingMul(rootProp);
            U96F32 alpha = dividend.SaturatingSub(root);
            alphaDivs[hotkey] = alphaDivs.TryGetValue(hotkey, out U96F32 a) ? a.SaturatingAdd(alpha) : alpha;
            totalAlpha = totalAlpha.SaturatingAdd(alpha);
            rootDivs[hotkey] = rootDivs.TryGetValue(hotkey, out U96F32 r) ? r.SaturatingAdd(root) : root;
            totalRoot = totalRoot.SaturatingAdd(root);
        }

        U96F32 pendingRoot = U96F32.FromInt(pendingRootAlpha);
        SortedDictionary<AccountId32, U96F32> rootResult = [];
        foreach ((AccountId32 hotkey, U96F32 root) in rootDivs)
        {
            rootResult[hotkey] = pendingRoot.SaturatingMul(root.CheckedDiv(totalRoot) ?? U96F32.Zero);
        }

        U96F32 pending = U96F32.FromInt(pendingAlpha);
        SortedDictionary<AccountId32, U96F32> alphaResult = [];
        foreach ((AccountId32 hotkey, U96F32 alpha) in alphaDivs)
        {
            alphaResult[hotkey] = pending.SaturatingMul(alpha.CheckedDiv(totalAlpha) ?? U96F32.Zero);
        }

        return (alphaResult, rootResult);
    }

    /// <summary>
    /// The subnet owner's immune hotkeys: the owner coldkey's hotkeys that hold a uid, sorted by registration block
    /// descending then uid ascending, with the subnet owner hotkey put first when it holds a uid and is not listed.
    /// </summary>
    /// <param name="ownedWithUid">The owner coldkey's <c>OwnedHotkeys</c> that have a uid on the subnet, with uid and <c>BlockAtRegistration</c>.</param>
    /// <param name="subnetOwnerHotkey"><c>SubnetOwnerHotkey</c> if set and it holds a uid on the subnet, else <see langword="null"/>.</param>
    /// <remarks>Upstream <c>coinbase/run_coinbase.rs::get_owner_hotkeys</c> (no <c>ImmuneOwnerUidsLimit</c> truncation here, unlike pruning).</remarks>
    public static AccountId32[] OwnerHotkeys(IEnumerable<(AccountId32 Hotkey, ushort Uid, ulong BlockAtRegistration)> ownedWithUid, AccountId32? subnetOwnerHotkey)
    {
        ArgumentNullException.ThrowIfNull(ownedWithUid);
        List<AccountId32> hotkeys = [.. ownedWithUid
            .OrderByDescending(t => t.BlockAtRegistration)
            .ThenBy(t => t.Uid)
            .Select(t => t.Hotkey)];
        if (subnetOwnerHotkey is { } owner && !hotkeys.Contains(owner))
        {
            hotkeys.Insert(0, owner);
        }

        return [.. hotkeys];
    }

    private static ulong Add(ulong a, ulong b) => a > ulong.MaxValue - b ? ulong.MaxValue : a + b;
}
