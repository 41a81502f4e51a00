using Bittensor.Core.Chain.Extrinsics;
using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Pallets.Subtensor;

namespace Bittensor.Runtime.Tests.Subtensor;

/// <summary>swap_hotkey / swap_hotkey_v2 (opentensor/subtensor@14bc6f9 swap/swap_hotkey.rs) dispatched directly.</summary>
public class SwapHotkeyTests
{
    private const ulong Tao = SubtensorHarness.Tao;
    private static readonly AccountId32 Alice = SubtensorHarness.Alice;
    private static readonly AccountId32 Bob = SubtensorHarness.Bob;
    private static readonly AccountId32 OwnerHot = SubtensorHarness.Hotkey(1);
    private static readonly AccountId32 Old = SubtensorHarness.Hotkey(2);
    private static readonly AccountId32 New = SubtensorHarness.Hotkey(3);

    /// <summary>Alice owns a subnet; Bob registers <see cref="Old"/> on it, serves, stakes, and Alice nominates it.</summary>
    private static (SubtensorHarness H, ushort NetUid, ushort Uid) BobsNeuron(SubnetDefaults? defaults = null)
    {
        var h = new SubtensorHarness(defaults: defaults);
        SubtensorModule m = h.Module;
        ushort netuid = h.CreateSubnet(Alice, OwnerHot);
        Assert.True(h.Dispatch(m.BurnedRegister.Create(netuid, Old), Bob).IsOk);
        Assert.True(h.Dispatch(m.AddStake.Create(Old, netuid, 10 * Tao), Bob).IsOk);
        Assert.True(h.Dispatch(m.AddStake.Create(Old, netuid, 5 * Tao), Alice).IsOk);
        Assert.True(h.Dispatch(m.ServeAxon.Create(netuid, 1u, (UInt128)0x0A000001, (ushort)8091, (byte)4, (byte)0, (byte)0, (byte)0), Old).IsOk);
        Assert.True(h.Dispatch(m.ServePrometheus.Create(netuid, 1u, (UInt128)0x0A000001, (ushort)9090, (byte)4), Old).IsOk);
        Assert.True(h.Dispatch(m.DecreaseTake.Create(Old, (ushort)5_000), Bob).IsOk);
        m.WeightCommits.Insert(h.S, netuid, Old, [new WeightCommit(H256.Zero, 1, 2, 3)]);
        h.NextBlock();
        return (h, netuid, m.Uids.Get(h.S, netuid, Old));
    }

    private static RuntimeCall Swap(SubtensorModule m, in AccountId32 old, in AccountId32 @new, ushort? netuid = null) =>
        m.SwapHotkey.Create(old, @new, netuid);

    [Fact]
    public void Calls_HaveUpstreamIndicesAndArguments()
    {
        SubtensorModule m = new SubtensorHarness().Module;
        Assert.Equal(70, m.SwapHotkey.Index);
        Assert.Equal(["hotkey", "new_hotkey", "netuid"], m.SwapHotkey.Parameters.Select(p => p.Name));
        Assert.Equal(72, m.SwapHotkeyV2.Index);
        Assert.Equal(["hotkey", "new_hotkey", "netuid", "keep_stake"], m.SwapHotkeyV2.Parameters.Select(p => p.Name));
        Assert.Equal(["coldkey", "old_hotkey", "new_hotkey"], m.HotkeySwapped.Fields.Select(f => f.Name));
        Assert.Equal(["coldkey", "old_hotkey", "new_hotkey", "netuid"], m.HotkeySwappedOnSubnet.Fields.Select(f => f.Name));
    }

    [Fact]
    public void SwapHotkey_AllSubnets_MovesOwnershipRegistrationServingStakeAndTake()
    {
        (SubtensorHarness h, ushort netuid, ushort uid) = BobsNeuron();
        SubtensorModule m = h.Module;
        ulong bobStake = m.GetStake(h.S, Old, Bob, netuid);
        ulong aliceStake = m.GetStake(h.S, Old, Alice, netuid);
        AxonInfo axon = m.Axons.Get(h.S, netuid, Old);
        PrometheusInfo prometheus = m.Prometheus.Get(h.S, netuid, Old);
        ulong bobFree = h.Free(Bob);
        ulong issuance = m.TotalIssuance.Get(h.S);
        Assert.True(bobStake > 0 && aliceStake > 0);

        Assert.Null(h.Error(Swap(m, Old, New), Bob));

        Assert.Equal(Bob, m.Owner.Get(h.S, New));
        Assert.False(m.Owner.ContainsKey(h.S, Old));
        Assert.Contains(New, m.OwnedHotkeys.Get(h.S, Bob));
        Assert.DoesNotContain(Old, m.OwnedHotkeys.Get(h.S, Bob));
        Assert.Equal(uid, m.Uids.Get(h.S, netuid, New));
        Assert.False(m.Uids.ContainsKey(h.S, netuid, Old));
        Assert.Equal(New, m.Keys.Get(h.S, netuid, uid));
        Assert.True(m.IsNetworkMember.Get(h.S, New, netuid));
        Assert.False(m.IsNetworkMember.ContainsKey(h.S, Old, netuid));
        Assert.Equal(axon, m.Axons.Get(h.S, netuid, New));
        Assert.False(m.Axons.ContainsKey(h.S, netuid, Old));
        Assert.Equal(prometheus, m.Prometheus.Get(h.S, netuid, New));
        Assert.Single(m.WeightCommits.Get(h.S, netuid, New));
        Assert.False(m.WeightCommits.ContainsKey(h.S, netuid, Old));
        Assert.Equal((ushort)5_000, m.Delegates.Get(h.S, New));
        Assert.False(m.Delegates.ContainsKey(h.S, Old));

        // Every nominator's stake moves; the share pool may round a rao away.
        Assert.InRange(m.GetStake(h.S, New, Bob, netuid), bobStake - 1, bobStake);
        Assert.InRange(m.GetStake(h.S, New, Alice, netuid), aliceStake - 1, aliceStake);
        Assert.Equal(0UL, m.GetStake(h.S, Old, Bob, netuid));
        Assert.Equal(0UL, m.GetStake(h.S, Old, Alice, netuid));
        Assert.Contains(New, m.StakingHotkeys.Get(h.S, Bob));
        Assert.DoesNotContain(Old, m.StakingHotkeys.Get(h.S, Bob));
        Assert.Contains(New, m.StakingHotkeys.Get(h.S, Alice));
        Assert.DoesNotContain(Old, m.StakingHotkeys.Get(h.S, Alice));

        // KeySwapCost is recycled: off Bob's balance and out of both issuances.
        Assert.Equal(bobFree - SubtensorModule.KeySwapCost, h.Free(Bob));
        Assert.Equal(issuance - SubtensorModule.KeySwapCost, m.TotalIssuance.Get(h.S));
        ulong block = h.Context.BlockNumber;
        Assert.Equal(block, m.LastRateLimitedBlock.Get(h.S, RateLimitKey.LastTxBlock(Bob)));
        Assert.Equal(block, m.LastHotkeySwapOnNetuid.Get(h.S, netuid, Bob));

        RuntimeEvent swapped = h.Context.Events[^1].Event;
        Assert.True(swapped.Is(m.HotkeySwapped));
        Assert.Equal(Bob, swapped.Get<AccountId32>("coldkey"));
        Assert.Equal(Old, swapped.Get<AccountId32>("old_hotkey"));
        Assert.Equal(New, swapped.Get<AccountId32>("new_hotkey"));
    }

    [Fact]
    public void SwapHotkey_OfTheSubnetOwnerHotkey_MovesSubnetOwnerHotkey()
    {
        var h = new SubtensorHarness();
        SubtensorModule m = h.Module;
        ushort netuid = h.CreateSubnet(Alice, OwnerHot);
        h.NextBlock();

        Assert.Null(h.Error(Swap(m, OwnerHot, New), Alice));

        Assert.Equal(New, m.SubnetOwnerHotkey.Get(h.S, netuid));
        Assert.Contains(h.Context.Events, e => e.Event.Is(m.SubnetOwnerHotkeySet) && e.Event.Get<AccountId32>(1) == New);
    }

    [Fact]
    public void SwapHotkey_OnOneSubnet_LeavesTheOtherSubnetAndTheOldOwner()
    {
        (SubtensorHarness h, ushort a, ushort uid) = BobsNeuron();
        SubtensorModule m = h.Module;
        ushort b = h.CreateSubnet(Alice, SubtensorHarness.Hotkey(9));
        Assert.True(h.Dispatch(m.BurnedRegister.Create(b, Old), Bob).IsOk);
        Assert.True(h.Dispatch(m.AddStake.Create(Old, b, 3 * Tao), Bob).IsOk);
        ulong stakeOnB = m.GetStake(h.S, Old, Bob, b);
        ulong stakeOnA = m.GetStake(h.S, Old, Bob, a);
        ushort uidOnB = m.Uids.Get(h.S, b, Old);
        h.NextBlock();
        ulong bobFree = h.Free(Bob);

        Assert.Null(h.Error(Swap(m, Old, New, a), Bob));

        Assert.Equal(Bob, m.Owner.Get(h.S, Old));
        Assert.Equal(Bob, m.Owner.Get(h.S, New));
        Assert.Contains(Old, m.OwnedHotkeys.Get(h.S, Bob));
        Assert.Contains(New, m.OwnedHotkeys.Get(h.S, Bob));
        Assert.Equal(uid, m.Uids.Get(h.S, a, New));
        Assert.Equal(uidOnB, m.Uids.Get(h.S, b, Old));
        Assert.False(m.Uids.ContainsKey(h.S, b, New));
        Assert.InRange(m.GetStake(h.S, New, Bob, a), stakeOnA - 1, stakeOnA);
        Assert.Equal(stakeOnB, m.GetStake(h.S, Old, Bob, b));
        Assert.Equal((ushort)5_000, m.Delegates.Get(h.S, Old));
        Assert.Contains(Old, m.StakingHotkeys.Get(h.S, Bob));
        Assert.Contains(New, m.StakingHotkeys.Get(h.S, Bob));
        Assert.Equal(bobFree - SubtensorModule.KeySwapOnSubnetCost, h.Free(Bob));
        Assert.Equal(h.Context.BlockNumber, m.LastHotkeySwapOnNetuid.Get(h.S, a, Bob));
        Assert.Equal(0UL, m.LastHotkeySwapOnNetuid.Get(h.S, b, Bob));

        RuntimeEvent swapped = h.Context.Events[^1].Event;
        Assert.True(swapped.Is(m.HotkeySwappedOnSubnet));
        Assert.Equal(Bob, swapped.Get<AccountId32>("coldkey"));
        Assert.Equal(Old, swapped.Get<AccountId32>("old_hotkey"));
        Assert.Equal(New, swapped.Get<AccountId32>("new_hotkey"));
        Assert.Equal(a, swapped.Get<ushort>("netuid"));
    }

    [Fact]
    public void SwapHotkeyV2_KeepStake_MovesRegistrationButNotStake()
    {
        (SubtensorHarness h, ushort netuid, ushort uid) = BobsNeuron();
        SubtensorModule m = h.Module;
        ulong bobStake = m.GetStake(h.S, Old, Bob, netuid);

        Assert.Null(h.Error(m.SwapHotkeyV2.Create(Old, New, (ushort?)null, true), Bob));

        Assert.Equal(uid, m.Uids.Get(h.S, netuid, New));
        Assert.Equal(bobStake, m.GetStake(h.S, Old, Bob, netuid));
        Assert.Equal(0UL, m.GetStake(h.S, New, Bob, netuid));
        Assert.Contains(Old, m.StakingHotkeys.Get(h.S, Bob));
        Assert.True(h.Context.Events[^1].Event.Is(m.HotkeySwapped));
    }

    [Fact]
    public void SwapHotkey_Errors_ByUpstreamName()
    {
        (SubtensorHarness h, ushort netuid, _) = BobsNeuron();
        SubtensorModule m = h.Module;
        AccountId32 bobsSecond = SubtensorHarness.Hotkey(4);
        Assert.True(h.Dispatch(m.BurnedRegister.Create(netuid, bobsSecond), Bob).IsOk);

        Assert.Equal(DispatchError.BadOrigin, h.Error(Swap(m, Old, New)));
        Assert.Equal(m.NonAssociatedColdKey.ToDispatchError(), h.Error(Swap(m, Old, New), Alice));
        Assert.Equal(m.NonAssociatedColdKey.ToDispatchError(), h.Error(Swap(m, SubtensorHarness.Hotkey(99), New), Bob));
        Assert.Equal(m.NonAssociatedColdKey.ToDispatchError(), h.Error(Swap(m, Old, OwnerHot), Bob));
        Assert.Equal(m.NewHotKeyIsSameWithOld.ToDispatchError(), h.Error(Swap(m, Old, Old), Bob));
        Assert.Equal(m.HotKeyAlreadyRegisteredInSubNet.ToDispatchError(), h.Error(Swap(m, Old, bobsSecond), Bob));
        Assert.Equal(m.HotKeyAlreadyRegisteredInSubNet.ToDispatchError(), h.Error(Swap(m, Old, bobsSecond, netuid), Bob));

        m.TotalHotkeyAlpha.Insert(h.S, SubtensorHarness.Hotkey(5), SubtensorModule.RootNetUid, 1UL);
        Assert.Equal(m.NewHotKeyNotCleanForRootSwap.ToDispatchError(), h.Error(Swap(m, Old, SubtensorHarness.Hotkey(5)), Bob));
        Assert.Equal(m.NewHotKeyNotCleanForRootSwap.ToDispatchError(), h.Error(Swap(m, Old, SubtensorHarness.Hotkey(5), SubtensorModule.RootNetUid), Bob));

        AccountId32 subnetAccount = SubnetAccount(netuid);
        Assert.Equal(m.CannotUseSystemAccount.ToDispatchError(), h.Error(Swap(m, Old, subnetAccount), Bob));
        Assert.Equal(m.CannotUseSystemAccount.ToDispatchError(), h.Error(Swap(m, Old, subnetAccount, netuid), Bob));

        // Nothing above left a trace.
        Assert.Equal(Bob, m.Owner.Get(h.S, Old));
        Assert.Equal(0UL, m.LastRateLimitedBlock.Get(h.S, RateLimitKey.LastTxBlock(Bob)));
        Assert.False(m.Owner.ContainsKey(h.S, New));
    }

    [Fact]
    public void SwapHotkey_WithoutTheCost_NotEnoughBalanceOrInsufficientBalance()
    {
        (SubtensorHarness h, ushort netuid, _) = BobsNeuron();
        SubtensorModule m = h.Module;
        const ulong Ed = Runtime.Pallets.BalancesPallet.ExistentialDeposit;

        // Below the cost: NotEnoughBalanceToPaySwapHotKey, for both costs.
        LeaveBob(h, SubtensorModule.KeySwapOnSubnetCost - 1);
        Assert.Equal(m.NotEnoughBalanceToPaySwapHotKey.ToDispatchError(), h.Error(Swap(m, Old, New), Bob));
        Assert.Equal(m.NotEnoughBalanceToPaySwapHotKey.ToDispatchError(), h.Error(Swap(m, Old, New, netuid), Bob));

        // The cost but not the existential deposit on top: recycle_tao refuses to reap the account.
        LeaveBob(h, SubtensorModule.KeySwapCost + Ed - 1);
        Assert.Equal(m.InsufficientBalance.ToDispatchError(), h.Error(Swap(m, Old, New), Bob));
        LeaveBob(h, SubtensorModule.KeySwapCost + Ed);
        Assert.Null(h.Error(Swap(m, Old, New), Bob));
        Assert.Equal(Ed, h.Free(Bob));
    }

    [Fact]
    public void SwapHotkey_TxRateLimit_IsInclusive()
    {
        (SubtensorHarness h, _, _) = BobsNeuron();
        SubtensorModule m = h.Module;
        ulong limit = m.TxRateLimit.Get(h.S);
        Assert.True(limit > 0);
        Assert.Null(h.Error(Swap(m, Old, New), Bob));
        ulong swappedAt = h.Context.BlockNumber;

        h.Context.BlockNumber = (uint)(swappedAt + limit);
        Assert.Equal(m.HotKeySetTxRateLimitExceeded.ToDispatchError(), h.Error(Swap(m, New, Old), Bob));
        h.Context.BlockNumber++;
        Assert.Null(h.Error(Swap(m, New, Old), Bob));
    }

    [Fact]
    public void SwapHotkey_PerSubnetInterval_GatesRepeatSwapsAndTheFirstOnSubnetSwapOfAYoungChain()
    {
        // Upstream's production interval (7200): a one-subnet swap is gated even without a recorded swap (0 + 7200 < block).
        (SubtensorHarness h, ushort netuid, _) = BobsNeuron(SubnetDefaults.Dev with { HotkeySwapOnSubnetInterval = 7_200 });
        SubtensorModule m = h.Module;
        m.TxRateLimit.Put(h.S, 0);
        Assert.Equal(7_200UL, m.HotkeySwapOnSubnetInterval);
        Assert.Equal(m.HotKeySwapOnSubnetIntervalNotPassed.ToDispatchError(), h.Error(Swap(m, Old, New, netuid), Bob));

        // The all-subnets swap exempts a first swap, then records the block on every subnet the hotkey is a member of.
        Assert.Null(h.Error(Swap(m, Old, New), Bob));
        AccountId32 third = SubtensorHarness.Hotkey(6);
        h.Context.BlockNumber += 7_200;
        Assert.Equal(m.HotKeySwapOnSubnetIntervalNotPassed.ToDispatchError(), h.Error(Swap(m, New, third), Bob));
        Assert.Equal(m.HotKeySwapOnSubnetIntervalNotPassed.ToDispatchError(), h.Error(Swap(m, New, third, netuid), Bob));
        h.Context.BlockNumber++;
        Assert.Null(h.Error(Swap(m, New, third, netuid), Bob));
    }

    /// <summary>Sets Bob's free balance to exactly <paramref name="free"/> by transfers.</summary>
    private static void LeaveBob(SubtensorHarness h, ulong free)
    {
        ulong current = h.Free(Bob);
        if (current > free)
        {
            Assert.True(h.Dispatch(h.Runtime.Balances.TransferAllowDeath.Create(MultiAddress.Id(SubtensorHarness.Account(77)), current - free), Bob).IsOk);
        }
        else
        {
            Assert.True(h.Dispatch(h.Runtime.Balances.TransferAllowDeath.Create(MultiAddress.Id(Bob), free - current), Alice).IsOk);
        }

        Assert.Equal(free, h.Free(Bob));
    }

    /// <summary><c>PalletId(*b"subtensr").into_sub_account_truncating(netuid)</c>.</summary>
    private static AccountId32 SubnetAccount(ushort netuid)
    {
        byte[] bytes = new byte[32];
        "modlsubtensr"u8.CopyTo(bytes);
        bytes[12] = (byte)netuid;
        bytes[13] = (byte)(netuid >> 8);
        return new AccountId32(bytes);
    }
}
