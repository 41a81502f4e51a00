using Bittensor.Core.FixedPoint;
using Bittensor.Core.Primitives;
using Bittensor.Core.Storage.Trie;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Pallets.Subtensor;
using Bittensor.Runtime.Swap;

namespace Bittensor.Runtime.Tests.Subtensor;

public class StakeMovesTests
{
    private const ulong Tao = SubtensorHarness.Tao;
    private static readonly AccountId32 Alice = SubtensorHarness.Alice;
    private static readonly AccountId32 Bob = SubtensorHarness.Bob;
    private static readonly AccountId32 Hot1 = SubtensorHarness.Hotkey(1);
    private static readonly AccountId32 Hot2 = SubtensorHarness.Hotkey(2);

    /// <summary>Two subnets (owner hotkeys Hot1, Hot2) owned by Alice; Bob staked 100 TAO to Hot1 on the first.</summary>
    private static (SubtensorHarness H, ushort A, ushort B) TwoSubnets()
    {
        var h = new SubtensorHarness();
        ushort a = h.CreateSubnet(Alice, Hot1);
        ushort b = h.CreateSubnet(Alice, Hot2);
        Assert.True(h.Dispatch(h.Module.AddStake.Create(Hot1, a, 100 * Tao), Bob).IsOk);
        return (h, a, b);
    }

    private static ulong PriceRao(SubtensorHarness h, ushort netuid) =>
        SwapEngine.CurrentPrice(h.Module.GetPool(h.S, netuid)).SaturatingMul(U64F64.FromInt(Tao)).SaturatingToInt<ulong>();

    private static DispatchError Err(SubtensorHarness h, Func<SubtensorModule, ErrorDescriptor> e) => e(h.Module).ToDispatchError();

    [Fact]
    public void Calls_HaveUpstreamIndices()
    {
        var h = new SubtensorHarness();
        SubtensorModule m = h.Module;
        Assert.Equal(
            [83, 84, 85, 86, 87, 88, 89, 90, 103],
            new[] { m.UnstakeAll, m.UnstakeAllAlpha, m.MoveStake, m.TransferStake, m.SwapStake, m.AddStakeLimit, m.RemoveStakeLimit, m.SwapStakeLimit, m.RemoveStakeFullLimit }.Select(c => (int)c.Index));
        Assert.Equal(["hotkey", "netuid", "amount_staked", "limit_price", "allow_partial"], m.AddStakeLimit.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void Delegates_OnlyAddStakeLimitFromAnotherColdkey_MakesTheHotkeyADelegate()
    {
        // Upstream writes Delegates when staking only in do_add_stake_limit (and stake moves to another coldkey's hotkey)
        // through maybe_become_delegate; do_add_stake, register_network and burned_register
        // (create_account_if_non_existent) leave it alone (staking/add_stake.rs, staking/helpers.rs).
        (SubtensorHarness h, ushort a, ushort b) = TwoSubnets();
        SubtensorModule m = h.Module;
        AccountId32 miner = SubtensorHarness.Hotkey(3);
        Assert.True(h.Dispatch(m.BurnedRegister.Create(a, miner), Bob).IsOk);
        Assert.False(m.Delegates.ContainsKey(h.S, Hot1));
        Assert.False(m.Delegates.ContainsKey(h.S, Hot2));
        Assert.False(m.Delegates.ContainsKey(h.S, miner));

        ulong noLimit = SwapEngine.MaxPriceRao;
        Assert.Null(h.Error(m.AddStakeLimit.Create(Hot2, b, 10 * Tao, noLimit, false), Alice));
        Assert.Null(h.Error(m.AddStakeLimit.Create(miner, a, 10 * Tao, noLimit, false), Bob));
        Assert.False(m.Delegates.ContainsKey(h.S, Hot2));
        Assert.False(m.Delegates.ContainsKey(h.S, miner));

        Assert.Null(h.Error(m.AddStakeLimit.Create(Hot2, b, 10 * Tao, noLimit, false), Bob));
        Assert.True(m.Delegates.TryGet(h.S, Hot2, out ushort take));
        Assert.Equal(SubtensorModule.DefaultDelegateTake, take);
    }

    [Fact]
    public void AddStakeLimit_FillsUpToTheLimit_OrFailsWithSlippage()
    {
        (SubtensorHarness h, ushort a, _) = TwoSubnets();
        ulong price = PriceRao(h, a);
        ulong limit = price + (price / 100);

        Assert.Equal(Err(h, m => m.SlippageTooHigh), h.Error(h.Module.AddStakeLimit.Create(Hot1, a, 500 * Tao, limit, false), Bob));
        Assert.Equal(SubtensorModule.SwapPalletError(SwapError.PriceLimitExceeded), h.Error(h.Module.AddStakeLimit.Create(Hot1, a, 500 * Tao, price - 1, true), Bob));

        ulong before = h.Free(Bob);
        Assert.Null(h.Error(h.Module.AddStakeLimit.Create(Hot1, a, 500 * Tao, limit, true), Bob));
        ulong spent = before - h.Free(Bob);
        Assert.InRange(spent, Tao, 500 * Tao - 1);
        Assert.True(PriceRao(h, a) <= limit);
        Assert.True(h.Context.Events[^1].Event.Is(h.Module.StakeAdded));

        // A generous limit fills fully, as add_stake.
        before = h.Free(Bob);
        Assert.Null(h.Error(h.Module.AddStakeLimit.Create(Hot1, a, 5 * Tao, SwapEngine.MaxPriceRao, false), Bob));
        Assert.Equal(5 * Tao, before - h.Free(Bob));
        Assert.Equal(Err(h, m => m.AmountTooLow), h.Error(h.Module.AddStakeLimit.Create(Hot1, a, 1_000UL, SwapEngine.MaxPriceRao, false), Bob));
        Assert.Equal(Err(h, m => m.SubnetNotExists), h.Error(h.Module.AddStakeLimit.Create(Hot1, (ushort)9, Tao, SwapEngine.MaxPriceRao, false), Bob));
    }

    [Fact]
    public void RemoveStakeLimit_StopsAtTheLimit_AndRemoveStakeFullLimit_SellsAll()
    {
        (SubtensorHarness h, ushort a, _) = TwoSubnets();
        ulong stake = h.Module.GetStake(h.S, Hot1, Bob, a);
        ulong price = PriceRao(h, a);
        ulong limit = price - (price / 200);
        Assert.Equal(Err(h, m => m.SlippageTooHigh), h.Error(h.Module.RemoveStakeLimit.Create(Hot1, a, stake, limit, false), Bob));
        Assert.Null(h.Error(h.Module.RemoveStakeLimit.Create(Hot1, a, stake, limit, true), Bob));
        ulong left = h.Module.GetStake(h.S, Hot1, Bob, a);
        Assert.InRange(left, 1UL, stake - 1);
        Assert.True(PriceRao(h, a) >= limit);
        Assert.True(h.Context.Events[^1].Event.Is(h.Module.StakeRemoved));

        Assert.Equal(SubtensorModule.SwapPalletError(SwapError.PriceLimitExceeded), h.Error(h.Module.RemoveStakeFullLimit.Create(Hot1, a, (ulong?)(PriceRao(h, a) + 1)), Bob));
        Assert.Null(h.Error(h.Module.RemoveStakeFullLimit.Create(Hot1, a, (ulong?)null), Bob));
        Assert.Equal(0UL, h.Module.GetStake(h.S, Hot1, Bob, a));
        Assert.Equal(Err(h, m => m.AmountTooLow), h.Error(h.Module.RemoveStakeFullLimit.Create(Hot1, a, (ulong?)null), Bob));
    }

    [Fact]
    public void UnstakeAll_SellsEverySubnet_AndUnstakeAllAlpha_RestakesOnRoot()
    {
        (SubtensorHarness h, ushort a, ushort b) = TwoSubnets();
        Assert.Null(h.Error(h.Module.AddStake.Create(Hot1, b, 50 * Tao), Bob));
        Assert.Equal(Err(h, m => m.HotKeyAccountNotExists), h.Error(h.Module.UnstakeAll.Create(SubtensorHarness.Hotkey(9)), Bob));
        ulong before = h.Free(Bob);
        Assert.Null(h.Error(h.Module.UnstakeAll.Create(Hot1), Bob));
        Assert.Equal(0UL, h.Module.GetStake(h.S, Hot1, Bob, a));
        Assert.Equal(0UL, h.Module.GetStake(h.S, Hot1, Bob, b));
        Assert.True(h.Free(Bob) > before + 140 * Tao);

        Assert.Null(h.Error(h.Module.AddStake.Create(Hot1, a, 20 * Tao), Bob));
        Assert.Null(h.Error(h.Module.UnstakeAllAlpha.Create(Hot1), Bob));
        Assert.Equal(0UL, h.Module.GetStake(h.S, Hot1, Bob, a));
        ulong root = h.Module.GetStake(h.S, Hot1, Bob, SubtensorModule.RootNetUid);
        Assert.InRange(root, 19 * Tao, 20 * Tao);
        Assert.Equal(root, h.Module.SubnetTAO.Get(h.S, SubtensorModule.RootNetUid));
    }

    [Fact]
    public void MoveStake_WithinSubnet_MovesShares_AcrossSubnets_SellsAndBuys()
    {
        (SubtensorHarness h, ushort a, ushort b) = TwoSubnets();
        ulong stake = h.Module.GetStake(h.S, Hot1, Bob, a);
        ulong poolTao = h.Module.SubnetTAO.Get(h.S, a);
        Assert.Null(h.Error(h.Module.MoveStake.Create(Hot1, Hot2, a, a, stake / 2), Bob));
        Assert.Equal(stake / 2, h.Module.GetStake(h.S, Hot2, Bob, a));
        Assert.Equal(stake - (stake / 2), h.Module.GetStake(h.S, Hot1, Bob, a));
        Assert.Equal(poolTao, h.Module.SubnetTAO.Get(h.S, a));
        Assert.True(h.Context.Events[^1].Event.Is(h.Module.StakeMoved));

        Assert.Null(h.Error(h.Module.MoveStake.Create(Hot2, Hot2, a, b, stake / 2), Bob));
        Assert.Equal(0UL, h.Module.GetStake(h.S, Hot2, Bob, a));
        Assert.InRange(h.Module.GetStake(h.S, Hot2, Bob, b), 40 * Tao, 60 * Tao);
        Assert.True(h.Module.SubnetTAO.Get(h.S, a) < poolTao);

        Assert.Equal(Err(h, m => m.SameNetuid), h.Error(h.Module.MoveStake.Create(Hot1, Hot1, a, a, Tao), Bob));
        Assert.Equal(Err(h, m => m.SubnetNotExists), h.Error(h.Module.MoveStake.Create(Hot1, Hot1, a, (ushort)9, Tao), Bob));
        Assert.Equal(Err(h, m => m.HotKeyAccountNotExists), h.Error(h.Module.MoveStake.Create(Hot1, SubtensorHarness.Hotkey(9), a, b, Tao), Bob));
        Assert.Equal(Err(h, m => m.AmountTooLow), h.Error(h.Module.MoveStake.Create(Hot1, Hot2, a, b, 1_000UL), Bob));
        Assert.Equal(Err(h, m => m.AmountTooLow), h.Error(h.Module.MoveStake.Create(Hot1, Hot2, a, a, 1_000UL), Bob));
        h.Module.SubtokenEnabled.Insert(h.S, b, false);
        Assert.Equal(Err(h, m => m.SubtokenDisabled), h.Error(h.Module.MoveStake.Create(Hot1, Hot2, a, b, Tao), Bob));
    }

    [Fact]
    public void TransferStake_ChangesColdkey_AndRespectsTransferToggle()
    {
        (SubtensorHarness h, ushort a, ushort b) = TwoSubnets();
        ulong stake = h.Module.GetStake(h.S, Hot1, Bob, a);
        Assert.Null(h.Error(h.Module.TransferStake.Create(Alice, Hot1, a, a, stake / 4), Bob));
        Assert.Equal(stake / 4, h.Module.GetStake(h.S, Hot1, Alice, a));
        Assert.True(h.Context.Events[^1].Event.Is(h.Module.StakeTransferred));

        ulong aliceFree = h.Free(Alice);
        Assert.Null(h.Error(h.Module.TransferStake.Create(Alice, Hot1, a, b, stake / 4), Bob));
        Assert.True(h.Module.GetStake(h.S, Hot1, Alice, b) > 0);
        Assert.Equal(aliceFree, h.Free(Alice));

        h.Module.TransferToggle.Insert(h.S, b, false);
        Assert.Equal(Err(h, m => m.TransferDisallowed), h.Error(h.Module.TransferStake.Create(Alice, Hot1, a, b, stake / 4), Bob));
        h.Module.TransferToggle.Insert(h.S, a, false);
        Assert.Equal(Err(h, m => m.TransferDisallowed), h.Error(h.Module.TransferStake.Create(Alice, Hot1, a, a, stake / 4), Bob));
    }

    [Fact]
    public void SwapStake_AndSwapStakeLimit()
    {
        (SubtensorHarness h, ushort a, ushort b) = TwoSubnets();
        ulong stake = h.Module.GetStake(h.S, Hot1, Bob, a);
        Assert.Null(h.Error(h.Module.SwapStake.Create(Hot1, a, b, stake / 4), Bob));
        Assert.True(h.Module.GetStake(h.S, Hot1, Bob, b) > 0);
        Assert.True(h.Context.Events[^1].Event.Is(h.Module.StakeSwapped));
        Assert.Equal(Err(h, m => m.SameNetuid), h.Error(h.Module.SwapStake.Create(Hot1, a, a, Tao), Bob));

        // Ratio limit price(a)/price(b) in rao: a limit just under the current ratio allows only a part.
        U64F64 ratio = SwapEngine.CurrentPrice(h.Module.GetPool(h.S, a)).SafeDiv(SwapEngine.CurrentPrice(h.Module.GetPool(h.S, b)));
        ulong limit = ratio.SaturatingMul(U64F64.FromInt(Tao)).SaturatingToInt<ulong>() * 99 / 100;
        ulong left = h.Module.GetStake(h.S, Hot1, Bob, a);
        Assert.Equal(Err(h, m => m.SlippageTooHigh), h.Error(h.Module.SwapStakeLimit.Create(Hot1, a, b, left, limit, false), Bob));
        Assert.Null(h.Error(h.Module.SwapStakeLimit.Create(Hot1, a, b, left, limit, true), Bob));
        Assert.InRange(h.Module.GetStake(h.S, Hot1, Bob, a), 1UL, left - 1);
    }

    [Fact]
    public void FailedStakeCall_ChangesNothing()
    {
        (SubtensorHarness h, ushort a, ushort b) = TwoSubnets();
        H256 root = h.Context.Overlay.StateRoot(StateVersion.V1);
        int events = h.Context.Events.Count;
        Assert.NotNull(h.Error(h.Module.SwapStakeLimit.Create(Hot1, a, b, 50 * Tao, 1UL << 62, false), Bob));
        Assert.NotNull(h.Error(h.Module.TransferStake.Create(Alice, Hot1, a, b, 500 * Tao), SubtensorHarness.Hotkey(3)));
        Assert.Equal(root, h.Context.Overlay.StateRoot(StateVersion.V1));
        Assert.Equal(events, h.Context.Events.Count);
    }
}
