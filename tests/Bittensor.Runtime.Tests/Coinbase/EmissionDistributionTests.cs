using Bittensor.Core.FixedPoint;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Coinbase;

namespace Bittensor.Runtime.Tests.Coinbase;

/// <summary>Distribution behaviour from subtensor tests/coinbase.rs @14bc6f9 beyond the vector file, and the payout rules of run_coinbase.rs.</summary>
public class EmissionDistributionTests
{
    private static readonly AccountId32 OwnerCold = CoinbaseVectorTests.Account(100);
    private static readonly AccountId32 OwnerHot = CoinbaseVectorTests.Account(101);

    private static AccountId32 A(byte id) => CoinbaseVectorTests.Account(id);

    private static HotkeyDistributionInfo Staked(ulong alpha, AccountId32 owner, ushort take = 0, ulong root = 0) => new(alpha, root, owner, take, 0, [], []);

    [Fact]
    public void CalculateDividendAndIncentive_HalfAndHalf_TotalWithinTwo()
    {
        const ulong Pending = 123_456_789;
        AccountId32 hk = A(1);
        (SortedDictionary<AccountId32, ulong> incentives, SortedDictionary<AccountId32, U96F32> dividends, _) =
            EmissionDistribution.DividendsAndIncentives([new HotkeyEmission(hk, Pending / 2, Pending / 2)], _ => Staked(1, A(2)), U96F32.Zero, U96F32.Zero);
        (SortedDictionary<AccountId32, U96F32> alpha, _) = EmissionDistribution.DividendDistribution(Pending / 2, 0, U96F32.Zero, new Dictionary<AccountId32, (ulong, ulong)> { [hk] = (1, 0) }, dividends);

        ulong total = incentives.Values.Aggregate(0UL, (a, b) => a + b) + alpha.Values.Aggregate(U96F32.Zero, (a, b) => a + b).ToInt<ulong>();

        Assert.InRange(total, Pending - 2, Pending + 2);
    }

    [Fact]
    public void CalculateDividendAndIncentive_AllToValidators_Exact()
    {
        const ulong Pending = 123_456_789;
        AccountId32 hk = A(1);
        DistributionResult r = EmissionDistribution.Distribute(CoinbaseVectorTests.Input(
            new PendingEmission(0, Pending, 0, 0), [new HotkeyEmission(hk, 0, Pending)], U96F32.Zero, new Dictionary<AccountId32, HotkeyDistributionInfo> { [hk] = Staked(1, A(2)) }));

        DividendPayout d = r.AlphaDividends.Single();
        Assert.Equal(Pending, r.ValidatorAlpha);
        (SortedDictionary<AccountId32, U96F32> alpha, _) = EmissionDistribution.DividendDistribution(
            Pending, 0, U96F32.Zero, new Dictionary<AccountId32, (ulong, ulong)> { [hk] = (1, 0) }, new Dictionary<AccountId32, U96F32> { [hk] = U96F32.FromInt(Pending) });
        Assert.Equal(Pending, alpha.Values.Single().ToInt<ulong>());
        // The single hotkey's share is exactly 1, so before the take split it receives the whole pot.
        Assert.InRange(d.Take + d.Nominators, Pending - 1, Pending);
        Assert.Equal(0UL, r.IncentiveSum);
    }

    [Fact]
    public void Distribute_NoIncentive_ValidatorsAlsoGetServerAlpha()
    {
        AccountId32 hk = A(1);
        DistributionResult r = EmissionDistribution.Distribute(CoinbaseVectorTests.Input(
            new PendingEmission(300, 700, 0, 0), [new HotkeyEmission(hk, 0, 5)], U96F32.Zero, new Dictionary<AccountId32, HotkeyDistributionInfo> { [hk] = Staked(10, A(2)) }));

        Assert.Equal(1000UL, r.ValidatorAlpha);
    }

    [Fact]
    public void Distribute_WithIncentive_PotIsValidatorAlphaOnly()
    {
        AccountId32 hk = A(1);
        DistributionResult r = EmissionDistribution.Distribute(CoinbaseVectorTests.Input(
            new PendingEmission(300, 700, 0, 0), [new HotkeyEmission(hk, 3, 5)], U96F32.Zero, new Dictionary<AccountId32, HotkeyDistributionInfo> { [hk] = Staked(10, A(2)) }));

        Assert.Equal(700UL, r.ValidatorAlpha);
        Assert.Equal(3UL, r.Incentives.Single().Amount);
    }

    [Fact]
    public void OwnerHotkeys_SortedByRegistrationDescThenUid_OwnerHotkeyFirst()
    {
        // test_burn_key_sorting's layout: hk1 at block 2 uid 1; hk2, hk3 at block 1 with uids 3 and 2.
        AccountId32 hk1 = A(3);
        AccountId32 hk2 = A(4);
        AccountId32 hk3 = A(5);

        AccountId32[] order = EmissionDistribution.OwnerHotkeys([(hk1, 1, 2), (hk2, 3, 1), (hk3, 2, 1)], OwnerHot);

        Assert.Equal([OwnerHot, hk1, hk3, hk2], order);
        Assert.Equal([hk1, hk3, hk2], EmissionDistribution.OwnerHotkeys([(hk1, 1, 2), (hk2, 3, 1), (hk3, 2, 1)], hk3));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(RecycleOrBurn.Burn, false)]
    [InlineData(RecycleOrBurn.Recycle, true)]
    public void Incentives_OwnerHotkeys_WithheldAndMinerBurnedRecorded(RecycleOrBurn? mode, bool recycled)
    {
        AccountId32 miner = A(7);
        Dictionary<AccountId32, HotkeyDistributionInfo> hotkeys = new()
        {
            [OwnerHot] = Staked(0, OwnerCold),
            [A(3)] = Staked(0, OwnerCold),
            [miner] = Staked(0, A(8)),
        };
        DistributionInput input = CoinbaseVectorTests.Input(
            new PendingEmission(40_000_000, 0, 0, 0),
            [new HotkeyEmission(OwnerHot, 10_000_000, 0), new HotkeyEmission(A(3), 10_000_000, 0), new HotkeyEmission(miner, 20_000_000, 0)],
            U96F32.Zero,
            hotkeys) with
        {
            OwnerHotkeys = [OwnerHot, A(3)],
            RecycleOrBurn = mode,
        };

        DistributionResult r = EmissionDistribution.Distribute(input);

        Assert.Equal(2, r.Withheld.Count);
        Assert.All(r.Withheld, w => Assert.Equal(recycled, w.Recycled));
        Assert.Equal(recycled ? 20_000_000UL : 0, r.RecycledAlpha);
        Assert.Equal(recycled ? 0 : 20_000_000UL, r.BurnedAlpha);
        Assert.Equal(new IncentivePayout(miner, miner, A(8), 20_000_000, false), r.Incentives.Single());
        Assert.Equal(U96F32.FromInt(1) / U96F32.FromInt(2), r.MinerBurned);
    }

    [Fact]
    public void Incentives_AutoStakeDestination_StakesToDestinationForOwner()
    {
        AccountId32 miner = A(7);
        AccountId32 minerCold = A(8);
        AccountId32 destination = A(9);
        DistributionInput input = CoinbaseVectorTests.Input(
            new PendingEmission(100, 0, 0, 0), [new HotkeyEmission(miner, 100, 0)], U96F32.Zero, new Dictionary<AccountId32, HotkeyDistributionInfo> { [miner] = Staked(0, minerCold) }) with
        {
            AutoStakeDestinations = new Dictionary<AccountId32, AccountId32> { [minerCold] = destination },
        };

        DistributionResult r = EmissionDistribution.Distribute(input);

        Assert.Equal(new IncentivePayout(miner, destination, minerCold, 100, true), r.Incentives.Single());
        Assert.Equal(U96F32.Zero, r.MinerBurned);
    }

    [Fact]
    public void OwnerCut_PaidOnlyWhenOwnerAndOwnerHotkeySet()
    {
        DistributionInput input = CoinbaseVectorTests.Input(new PendingEmission(0, 0, 0, 777), [], U96F32.Zero, new Dictionary<AccountId32, HotkeyDistributionInfo>());

        Assert.Null(EmissionDistribution.Distribute(input).OwnerCut);
        Assert.Null(EmissionDistribution.Distribute(input with { SubnetOwner = OwnerCold }).OwnerCut);
        Assert.Equal(new StakeCredit(OwnerHot, OwnerCold, 777), EmissionDistribution.Distribute(input with { SubnetOwner = OwnerCold, SubnetOwnerHotkey = OwnerHot }).OwnerCut);
    }

    [Fact]
    public void Dividends_DelegateTake_SplitBetweenOwnerAndNominators()
    {
        AccountId32 hk = A(1);
        DistributionResult r = EmissionDistribution.Distribute(CoinbaseVectorTests.Input(
            new PendingEmission(0, 1_000_000_000, 0, 0), [new HotkeyEmission(hk, 0, 10)], U96F32.Zero, new Dictionary<AccountId32, HotkeyDistributionInfo> { [hk] = Staked(10, A(2), Proportions.DefaultDelegateTake) }));

        DividendPayout d = r.AlphaDividends.Single();
        U96F32 pot = U96F32.FromInt(1_000_000_000);
        U96F32 take = Proportions.OfU16Max(Proportions.DefaultDelegateTake) * pot;
        Assert.Equal(take.ToInt<ulong>(), d.Take);
        Assert.Equal((pot - take).ToInt<ulong>(), d.Nominators);
        Assert.Equal(A(2), d.Owner);
    }

    [Fact]
    public void RootDividends_SplitByRootShareOfStake_AndTakeApplied()
    {
        AccountId32 hk = A(1);
        U96F32 tw = U96F32.FromInt(1) / U96F32.FromInt(2);
        DistributionResult r = EmissionDistribution.Distribute(CoinbaseVectorTests.Input(
            new PendingEmission(0, 600, 400, 0), [new HotkeyEmission(hk, 0, 1000)], tw, new Dictionary<AccountId32, HotkeyDistributionInfo> { [hk] = Staked(1000, A(2), ushort.MaxValue / 2, root: 2000) }));

        RootDividendPayout root = r.RootAlphaDividends.Single();
        DividendPayout alpha = r.AlphaDividends.Single();
        // One hotkey holds all shares: it gets the whole pot and the whole pending root alpha.
        Assert.InRange(alpha.Take + alpha.Nominators, 599UL, 600UL);
        Assert.InRange(root.Take + root.Claimable, 399UL, 400UL);
        Assert.InRange(root.Take, 199UL, 200UL);
    }

    [Fact]
    public void ParentChild_WithCkBurn_ParentAndChildRatiosMatchUpstreamTest()
    {
        // test_drain_alpha_childkey_parentkey_with_burn with a 10 % child-key burn.
        AccountId32 parent = A(1);
        AccountId32 child = A(2);
        AccountId32 coldkey = A(3);
        U96F32 burnRate = Proportions.CkBurn(ulong.MaxValue / 10);
        Dictionary<AccountId32, HotkeyDistributionInfo> hotkeys = new()
        {
            [parent] = new(1_000_000_000, 0, default, 0, 0, [new ChildKeyLink(ulong.MaxValue, child)], []),
            [child] = new(0, 0, coldkey, 0, ushort.MaxValue / 10, [], [new ChildKeyLink(ulong.MaxValue, parent)]),
        };
        DistributionInput input = CoinbaseVectorTests.Input(new PendingEmission(500_000_000, 500_000_000, 0, 0), [new HotkeyEmission(child, 0, 1_000_000_000)], U96F32.Zero, hotkeys) with { CkBurn = burnRate };

        DistributionResult r = EmissionDistribution.Distribute(input);

        double burn = burnRate.ToDouble() * 0.9e9;
        double total = 1e9 - burn;
        double parentExpected = 1e9 * ((0.9e9 - burn) / total);
        double childExpected = 1e9 * (0.1e9 / total);
        DividendPayout p = r.AlphaDividends.Single(d => d.Hotkey == parent);
        DividendPayout c = r.AlphaDividends.Single(d => d.Hotkey == child);
        Assert.InRange((double)(p.Take + p.Nominators), parentExpected - 3_000_000, parentExpected + 3_000_000);
        Assert.InRange((double)(c.Take + c.Nominators), childExpected - 3_000_000, childExpected + 3_000_000);
        // Upstream burns the rate of the parent's whole share (before the child take); the test's formula approximates it.
        double actualBurn = burnRate.ToDouble() * 1e9;
        Assert.InRange((double)r.ChildKeyBurn, actualBurn - 2, actualBurn + 2);
    }

    [Fact]
    public void ParentChild_SameOwner_NoTakeNoBurn()
    {
        AccountId32 parent = A(1);
        AccountId32 child = A(2);
        AccountId32 coldkey = A(3);
        HotkeyDistributionInfo parentInfo = new(600, 0, coldkey, 0, 0, [new ChildKeyLink(ulong.MaxValue / 2, child)], []);
        HotkeyDistributionInfo childInfo = new(700, 0, coldkey, 0, ushort.MaxValue, [], [new ChildKeyLink(ulong.MaxValue / 2, parent)]);
        Dictionary<AccountId32, HotkeyDistributionInfo> infos = new() { [parent] = parentInfo, [child] = childInfo };

        (IReadOnlyList<(AccountId32 Hotkey, ulong Dividend)> tuples, ulong burn) =
            EmissionDistribution.ParentChildDividends(child, 1000, h => infos[h], U96F32.Zero, Proportions.CkBurn(ulong.MaxValue));

        // Self contribution 700, parent 600·(1/2) = 300: the parent gets 30 %, the child the rest; same coldkey, so no take or burn.
        Assert.Equal(0UL, burn);
        Assert.Equal(parent, tuples[0].Hotkey);
        Assert.InRange(tuples[0].Dividend, 299UL, 300UL);
        Assert.Equal(child, tuples[1].Hotkey);
        Assert.InRange(tuples[1].Dividend, 700UL, 701UL);
    }

    [Fact]
    public void SelfContribution_ChildProportionsReduceOwnStake()
    {
        HotkeyDistributionInfo info = new(1000, 4000, default, 0, 0, [new ChildKeyLink(ulong.MaxValue / 4, A(9))], []);

        ulong self = EmissionDistribution.SelfContribution(info, U96F32.FromInt(1) / U96F32.FromInt(2));

        // (1000 + 4000·0.5)·0.75 = 2250, less a rao for the truncated proportions.
        Assert.InRange(self, 2249UL, 2250UL);
    }
}
