using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Pallets.Subtensor;

namespace Bittensor.Runtime.Tests.Subtensor;

public class RegistrationTests
{
    private static readonly AccountId32 Alice = SubtensorHarness.Alice;
    private static readonly AccountId32 Bob = SubtensorHarness.Bob;

    [Fact]
    public void Genesis_AddsRootSubnet_AndSeedsIssuance()
    {
        var h = new SubtensorHarness();
        Assert.True(h.Module.NetworksAdded.Get(h.S, 0));
        Assert.Equal((ushort)1, h.Module.TotalNetworks.Get(h.S));
        Assert.Equal((ushort)0, h.Module.SubnetMechanism.Get(h.S, 0));
        Assert.Equal(h.Runtime.Balances.TotalIssuance.Get(h.S), h.Module.TotalIssuance.Get(h.S));
        Assert.Equal(0UL, h.Module.NetworkRateLimit.Get(h.S));
        Assert.Equal((byte)7, h.Module.Index);
    }

    [Fact]
    public void RegisterNetwork_PaysLock_SeedsPool_SetsOwner_AndAddsOwnerHotkeyAsUid0()
    {
        var h = new SubtensorHarness();
        AccountId32 hot = SubtensorHarness.Hotkey(1);
        ulong before = h.Free(Alice);
        ulong lockCost = h.Module.NetworkLockCostNow(h.S, h.Context.BlockNumber);
        Assert.Equal(SubtensorModule.DefaultNetworkMinLockCost, lockCost);
        Assert.True(h.Dispatch(h.Module.RegisterNetwork.Create(hot), Alice).IsOk);
        Assert.Equal(before - lockCost, h.Free(Alice));
        Assert.True(h.Module.NetworksAdded.Get(h.S, 1));
        Assert.Equal(lockCost, h.Module.SubnetTAO.Get(h.S, 1));
        Assert.Equal(lockCost, h.Module.SubnetAlphaIn.Get(h.S, 1));
        Assert.Equal(Alice, h.Module.SubnetOwner.Get(h.S, 1));
        Assert.Equal(hot, h.Module.SubnetOwnerHotkey.Get(h.S, 1));
        Assert.Equal(Alice, h.Module.Owner.Get(h.S, hot));
        Assert.Equal(hot, h.Module.Keys.Get(h.S, 1, 0));
        Assert.Equal((ushort)1, h.Module.SubnetworkN.Get(h.S, 1));
        Assert.Equal((ushort)10, h.Module.Tempo.Get(h.S, 1));
        Assert.Equal((ushort)1, h.Module.SubnetMechanism.Get(h.S, 1));
        Assert.False(h.Module.CommitRevealWeightsEnabled.Get(h.S, 1));
        Assert.True(h.Module.SubnetEmissionEnabled.Get(h.S, 1));
        Assert.True(h.Module.Yuma3On.Get(h.S, 1));
        RuntimeEvent added = h.Context.Events[^1].Event;
        Assert.True(added.Is(h.Module.NetworkAdded));
        Assert.Equal("0x07000100" + "0100", Hex.Encode(added.Encode()));

        // The next lock doubles the last one.
        Assert.Equal(2 * lockCost, h.Module.NetworkLockCostNow(h.S, h.Context.BlockNumber));
    }

    [Fact]
    public void RegisterNetwork_Errors_ByUpstreamName()
    {
        var h = new SubtensorHarness(extraAccounts: 1);
        AccountId32 poor = h.Accounts[0];
        h.Module.NetworkMinLockCost.Put(h.S, 200_000 * SubtensorHarness.Tao);
        h.Module.NetworkLastLockCost.Put(h.S, 200_000 * SubtensorHarness.Tao);
        Assert.Equal(h.Module.CannotAffordLockCost.ToDispatchError(), h.Dispatch(h.Module.RegisterNetwork.Create(SubtensorHarness.Hotkey(1)), poor).Error);
        Assert.True(h.Dispatch(h.Module.RegisterNetwork.Create(SubtensorHarness.Hotkey(1)), Alice).IsOk);
        Assert.Equal(h.Module.NonAssociatedColdKey.ToDispatchError(), h.Dispatch(h.Module.RegisterNetwork.Create(SubtensorHarness.Hotkey(1)), Bob).Error);
        h.Module.NetworkRateLimit.Put(h.S, 7200);
        Assert.Equal(h.Module.NetworkTxRateLimitExceeded.ToDispatchError(), h.Dispatch(h.Module.RegisterNetwork.Create(SubtensorHarness.Hotkey(2)), Bob).Error);
        Assert.Equal(DispatchError.BadOrigin, h.Context.Dispatch(h.Module.RegisterNetwork.Create(SubtensorHarness.Hotkey(2)), Origin.None).Error);
    }

    [Fact]
    public void StartCall_SetsFirstEmissionBlock_OnlyOnce_AndOnlyForOwner()
    {
        var h = new SubtensorHarness();
        Assert.True(h.Dispatch(h.Module.RegisterNetwork.Create(SubtensorHarness.Hotkey(1)), Alice).IsOk);
        Assert.Equal(h.Module.SubnetNotExists.ToDispatchError(), h.Dispatch(h.Module.StartCall.Create((ushort)9), Alice).Error);
        Assert.Equal(DispatchError.BadOrigin, h.Dispatch(h.Module.StartCall.Create((ushort)1), Bob).Error);
        h.Module.StartCallDelay.Put(h.S, 5);
        Assert.Equal(h.Module.NeedWaitingMoreBlocksToStarCall.ToDispatchError(), h.Dispatch(h.Module.StartCall.Create((ushort)1), Alice).Error);
        h.Module.StartCallDelay.Put(h.S, 0);
        Assert.True(h.Dispatch(h.Module.StartCall.Create((ushort)1), Alice).IsOk);
        Assert.Equal(2UL, h.Module.FirstEmissionBlockNumber.Get(h.S, 1));
        Assert.True(h.Module.SubtokenEnabled.Get(h.S, 1));
        Assert.True(h.Context.Events[^1].Event.Is(h.Module.FirstEmissionBlockNumberSet));
        Assert.Equal(h.Module.FirstEmissionBlockNumberAlreadySet.ToDispatchError(), h.Dispatch(h.Module.StartCall.Create((ushort)1), Alice).Error);
    }

    [Fact]
    public void BurnedRegister_PaysBurn_IntoPool_AssignsUid_AndBumpsBurn()
    {
        var h = new SubtensorHarness();
        ushort netuid = h.CreateSubnet(Alice, SubtensorHarness.Hotkey(1));
        ulong burn = h.Module.Burn.Get(h.S, netuid);
        ulong poolTao = h.Module.SubnetTAO.Get(h.S, netuid);
        ulong alphaOut = h.Module.SubnetAlphaOut.Get(h.S, netuid);
        ulong bob = h.Free(Bob);
        AccountId32 hot = SubtensorHarness.Hotkey(2);
        Assert.True(h.Dispatch(h.Module.BurnedRegister.Create(netuid, hot), Bob).IsOk);
        Assert.Equal(bob - burn, h.Free(Bob));
        Assert.Equal((ushort)1, h.Module.Uids.Get(h.S, netuid, hot));
        Assert.Equal(Bob, h.Module.Owner.Get(h.S, hot));
        Assert.True(h.Module.SubnetTAO.Get(h.S, netuid) > poolTao);
        Assert.Equal(alphaOut, h.Module.SubnetAlphaOut.Get(h.S, netuid));
        Assert.Equal(burn, h.Module.RAORecycledForRegistration.Get(h.S, netuid));
        Assert.Equal(1_260_000_000UL, h.Module.Burn.Get(h.S, netuid));
        RuntimeEvent registered = h.Context.Events[^1].Event;
        Assert.True(registered.Is(h.Module.NeuronRegistered));
        Assert.Equal((ushort)1, registered.Get<ushort>(1));
    }

    [Fact]
    public void BurnedRegister_Errors_ByUpstreamName()
    {
        var h = new SubtensorHarness(extraAccounts: 1);
        ushort netuid = h.CreateSubnet(Alice, SubtensorHarness.Hotkey(1));
        Assert.Equal(h.Module.RegistrationNotPermittedOnRootSubnet.ToDispatchError(), h.Dispatch(h.Module.BurnedRegister.Create((ushort)0, SubtensorHarness.Hotkey(2)), Bob).Error);
        Assert.Equal(h.Module.SubnetNotExists.ToDispatchError(), h.Dispatch(h.Module.BurnedRegister.Create((ushort)9, SubtensorHarness.Hotkey(2)), Bob).Error);
        Assert.Equal(h.Module.HotKeyAlreadyRegisteredInSubNet.ToDispatchError(), h.Dispatch(h.Module.BurnedRegister.Create(netuid, SubtensorHarness.Hotkey(1)), Alice).Error);
        h.Module.Burn.Insert(h.S, netuid, 200_000 * SubtensorHarness.Tao);
        Assert.Equal(h.Module.NotEnoughBalanceToStake.ToDispatchError(), h.Dispatch(h.Module.BurnedRegister.Create(netuid, SubtensorHarness.Hotkey(3)), h.Accounts[0]).Error);
        h.Module.Burn.Insert(h.S, netuid, SubtensorHarness.Tao);
        h.Module.NetworkRegistrationAllowed.Insert(h.S, netuid, false);
        Assert.Equal(h.Module.SubNetRegistrationDisabled.ToDispatchError(), h.Dispatch(h.Module.BurnedRegister.Create(netuid, SubtensorHarness.Hotkey(3)), Bob).Error);
        h.Module.NetworkRegistrationAllowed.Insert(h.S, netuid, true);
        h.Module.MaxAllowedUids.Insert(h.S, netuid, 0);
        Assert.Equal(h.Module.NoNeuronIdAvailable.ToDispatchError(), h.Dispatch(h.Module.BurnedRegister.Create(netuid, SubtensorHarness.Hotkey(3)), Bob).Error);
    }

    [Fact]
    public void BurnedRegister_HotkeyOwnedByAnotherColdkey_IsNonAssociatedColdKey()
    {
        var h = new SubtensorHarness();
        ushort netuid = h.CreateSubnet(Alice, SubtensorHarness.Hotkey(1));
        ushort other = h.CreateSubnet(Alice, SubtensorHarness.Hotkey(5));
        Assert.True(h.Dispatch(h.Module.BurnedRegister.Create(netuid, SubtensorHarness.Hotkey(2)), Bob).IsOk);
        Assert.Equal(h.Module.NonAssociatedColdKey.ToDispatchError(), h.Dispatch(h.Module.BurnedRegister.Create(other, SubtensorHarness.Hotkey(2)), Alice).Error);
    }

    [Fact]
    public void BurnedRegister_FullSubnet_PrunesLowestEmissionNonImmortalUid()
    {
        var h = new SubtensorHarness();
        ushort netuid = h.CreateSubnet(Alice, SubtensorHarness.Hotkey(1));
        h.Module.MaxAllowedUids.Insert(h.S, netuid, 3);
        h.Module.ImmunityPeriod.Insert(h.S, netuid, 0);
        Assert.True(h.Dispatch(h.Module.BurnedRegister.Create(netuid, SubtensorHarness.Hotkey(2)), Bob).IsOk);
        Assert.True(h.Dispatch(h.Module.BurnedRegister.Create(netuid, SubtensorHarness.Hotkey(3)), Bob).IsOk);
        h.Module.Emission.Insert(h.S, netuid, [0UL, 10UL, 5UL]);
        h.Context.BlockNumber = 5;
        Assert.True(h.Dispatch(h.Module.BurnedRegister.Create(netuid, SubtensorHarness.Hotkey(4)), Bob).IsOk);
        Assert.Equal((ushort)3, h.Module.SubnetworkN.Get(h.S, netuid));
        Assert.Equal(SubtensorHarness.Hotkey(4), h.Module.Keys.Get(h.S, netuid, 2));
        Assert.False(h.Module.Uids.ContainsKey(h.S, netuid, SubtensorHarness.Hotkey(3)));
        Assert.Equal(SubtensorHarness.Hotkey(1), h.Module.Keys.Get(h.S, netuid, 0));
        Assert.Equal(5UL, h.Module.BlockAtRegistration.Get(h.S, netuid, 2));
        Assert.Equal(0UL, h.Module.Emission.Get(h.S, netuid)[2]);
    }

    [Fact]
    public void BlockStep_DecaysBurn_TowardsMinBurn()
    {
        var h = new SubtensorHarness();
        ushort netuid = h.CreateSubnet(Alice, SubtensorHarness.Hotkey(1));
        ulong burn = h.Module.Burn.Get(h.S, netuid);
        h.NextBlock();
        h.NextBlock();
        Assert.True(h.Module.Burn.Get(h.S, netuid) < burn);
        Assert.True(h.Module.Burn.Get(h.S, netuid) >= h.Module.MinBurn.Get(h.S, netuid));
    }
}
