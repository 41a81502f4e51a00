using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Pallets.AdminUtils;
using Bittensor.Runtime.Pallets.Subtensor;
using Bittensor.Runtime.Tests.Subtensor;

namespace Bittensor.Runtime.Tests.AdminUtils;

public class AdminUtilsTests
{
    private static readonly AccountId32 Alice = SubtensorHarness.Alice;
    private static readonly AccountId32 Bob = SubtensorHarness.Bob;

    /// <summary>A dev chain with a subnet owned by Bob (Alice is the sudo key).</summary>
    private static (SubtensorHarness H, ushort NetUid) SubnetOwnedByBob()
    {
        var h = new SubtensorHarness();
        ushort netuid = h.CreateSubnet(Bob, SubtensorHarness.Hotkey(1));
        return (h, netuid);
    }

    [Fact]
    public void Pallet_HasUpstreamIndexAndName_AndNodeRuntimeComposesIt()
    {
        var runtime = NodeRuntime.CreateDev();
        Assert.Equal((byte)19, runtime.AdminUtils.Index);
        Assert.Equal("AdminUtils", runtime.AdminUtils.Name);
        Assert.Same(runtime.AdminUtils, runtime.Runtime.Definition.Pallets.Single(p => p.Index == 19));
        Assert.Equal((byte)30, runtime.AdminUtils.SudoSetTempo.Index);
        Assert.Equal((byte)69, runtime.AdminUtils.SudoSetYuma3Enabled.Index);
        Assert.Equal((byte)0, runtime.AdminUtils.SubnetDoesNotExist.Index);
        Assert.Equal((byte)13, runtime.AdminUtils.Deprecated.Index);
        Assert.Equal((byte)60, runtime.AdminUtils.SudoSetBondsPenalty.Index);
    }

    [Fact]
    public void SudoSetTempo_ThroughSudo_SetsAnyTempo_ResetsCycle_AndEmitsEvents()
    {
        (SubtensorHarness h, ushort netuid) = SubnetOwnedByBob();
        h.Context.BlockNumber = 7;
        DispatchResult result = h.Dispatch(h.Runtime.Sudo.Sudo.Create(h.Admin.SudoSetTempo.Create(netuid, (ushort)1)), Alice);
        Assert.True(result.IsOk);
        Assert.Equal(Pays.No, result.PaysFee);
        Assert.Equal((ushort)1, h.Module.Tempo.Get(h.S, netuid));
        Assert.Equal(7UL, h.Module.LastEpochBlock.Get(h.S, netuid));
        Assert.Contains(h.Context.Events, e => e.Event.Is(h.Module.TempoSet) && e.Event.Get<ushort>(1) == 1);
        RuntimeEvent sudid = h.Context.Events[^1].Event;
        Assert.True(sudid.Is(h.Runtime.Sudo.Sudid));
        Assert.Null(sudid.Get<DispatchError?>(0));

        // Root-only: the owner and others are BadOrigin, a missing subnet is SubnetDoesNotExist.
        Assert.Equal(DispatchError.BadOrigin, h.Error(h.Admin.SudoSetTempo.Create(netuid, (ushort)20), Bob));
        Assert.Equal(h.Admin.SubnetDoesNotExist.ToDispatchError(), h.Error(h.Admin.SudoSetTempo.Create((ushort)77, (ushort)20)));

        // Sudo from a non-sudo key is RequireSudo; the inner error of a sudo'd call is reported in Sudid.
        Assert.Equal(h.Runtime.Sudo.RequireSudo.ToDispatchError(), h.Dispatch(h.Runtime.Sudo.Sudo.Create(h.Admin.SudoSetTempo.Create(netuid, (ushort)5)), Bob).Error);
        Assert.True(h.Dispatch(h.Runtime.Sudo.Sudo.Create(h.Admin.SudoSetTempo.Create((ushort)77, (ushort)5)), Alice).IsOk);
        Assert.Equal(h.Admin.SubnetDoesNotExist.ToDispatchError(), h.Context.Events[^1].Event.Get<DispatchError?>(0));
    }

    [Fact]
    public void OwnerOrRootSetter_Owner_Root_Stranger_AndOwnerRateLimit()
    {
        (SubtensorHarness h, ushort netuid) = SubnetOwnedByBob();
        ushort tempo = h.Module.Tempo.Get(h.S, netuid);
        RuntimeCall Set(ushort v) => h.Admin.SudoSetImmunityPeriod.Create(netuid, v);

        Assert.Equal(DispatchError.BadOrigin, h.Error(Set(100), Alice));
        Assert.Null(h.Error(Set(100), Bob));
        Assert.Equal((ushort)100, h.Module.ImmunityPeriod.Get(h.S, netuid));
        Assert.True(h.Context.Events[^1].Event.Is(h.Module.ImmunityPeriodSet));

        // OwnerHyperparamRateLimit (2) tempos per hyperparameter for the owner; root and other parameters are not limited.
        Assert.Equal(h.Module.TxRateLimitExceeded.ToDispatchError(), h.Error(Set(200), Bob));
        Assert.Null(h.Error(h.Admin.SudoSetMinAllowedWeights.Create(netuid, (ushort)3), Bob));
        Assert.Null(h.Error(Set(300)));
        h.Context.BlockNumber += (uint)(2 * tempo) - 1;
        Assert.Equal(h.Module.TxRateLimitExceeded.ToDispatchError(), h.Error(Set(200), Bob));
        h.Context.BlockNumber += 1;
        Assert.Null(h.Error(Set(200), Bob));
        Assert.Equal((ushort)200, h.Module.ImmunityPeriod.Get(h.S, netuid));
    }

    [Fact]
    public void RootOnlySubnetSetters_RejectOwner_AndWriteForRoot()
    {
        (SubtensorHarness h, ushort netuid) = SubnetOwnedByBob();
        (RuntimeCall Call, Func<object> Read, object Expected)[] cases =
        [
            (h.Admin.SudoSetKappa.Create(netuid, (ushort)1234), () => h.Module.Kappa.Get(h.S, netuid), (ushort)1234),
            (h.Admin.SudoSetWeightsSetRateLimit.Create(netuid, 7UL), () => h.Module.WeightsSetRateLimit.Get(h.S, netuid), 7UL),
            (h.Admin.SudoSetMinDifficulty.Create(netuid, 9UL), () => h.Module.MinDifficulty.Get(h.S, netuid), 9UL),
            (h.Admin.SudoSetDifficulty.Create(netuid, 11UL), () => h.Module.Difficulty.Get(h.S, netuid), 11UL),
            (h.Admin.SudoSetAdjustmentInterval.Create(netuid, (ushort)12), () => h.Module.AdjustmentInterval.Get(h.S, netuid), (ushort)12),
            (h.Admin.SudoSetTargetRegistrationsPerInterval.Create(netuid, (ushort)5), () => h.Module.TargetRegistrationsPerInterval.Get(h.S, netuid), (ushort)5),
            (h.Admin.SudoSetMaxRegistrationsPerBlock.Create(netuid, (ushort)6), () => h.Module.MaxRegistrationsPerBlock.Get(h.S, netuid), (ushort)6),
            (h.Admin.SudoSetMaxAllowedValidators.Create(netuid, (ushort)10), () => h.Module.MaxAllowedValidators.Get(h.S, netuid), (ushort)10),
            (h.Admin.SudoSetRaoRecycled.Create(netuid, 42UL), () => h.Module.RAORecycledForRegistration.Get(h.S, netuid), 42UL),
            (h.Admin.SudoSetNetworkRegistrationAllowed.Create(netuid, false), () => h.Module.NetworkRegistrationAllowed.Get(h.S, netuid), false),
            (h.Admin.SudoSetSubtokenEnabled.Create(netuid, false), () => h.Module.SubtokenEnabled.Get(h.S, netuid), false),
            (h.Admin.SudoSetEmaPriceHalvingPeriod.Create(netuid, 99UL), () => h.Module.EMAPriceHalvingBlocks.Get(h.S, netuid), 99UL),
            (h.Admin.SudoSetSubnetEmissionEnabled.Create(netuid, false), () => h.Module.SubnetEmissionEnabled.Get(h.S, netuid), false),
        ];
        foreach ((RuntimeCall call, Func<object> read, object expected) in cases)
        {
            Assert.Equal(DispatchError.BadOrigin, h.Error(call, Bob));
            Assert.NotEqual(expected, read());
            Assert.Null(h.Error(call));
            Assert.Equal(expected, read());
        }
    }

    [Fact]
    public void OwnerOrRootSubnetSetters_WriteForOwner()
    {
        (SubtensorHarness h, ushort netuid) = SubnetOwnedByBob();
        h.Module.LiquidAlphaOn.Insert(h.S, netuid, true);
        (RuntimeCall Call, Func<object> Read, object Expected)[] cases =
        [
            (h.Admin.SudoSetServingRateLimit.Create(netuid, 3UL), () => h.Module.ServingRateLimit.Get(h.S, netuid), 3UL),
            (h.Admin.SudoSetMaxDifficulty.Create(netuid, 4UL), () => h.Module.MaxDifficulty.Get(h.S, netuid), 4UL),
            (h.Admin.SudoSetAdjustmentAlpha.Create(netuid, 5UL), () => h.Module.AdjustmentAlpha.Get(h.S, netuid), 5UL),
            (h.Admin.SudoSetMinAllowedWeights.Create(netuid, (ushort)6), () => h.Module.MinAllowedWeights.Get(h.S, netuid), (ushort)6),
            (h.Admin.SudoSetMaxAllowedUids.Create(netuid, (ushort)100), () => h.Module.MaxAllowedUids.Get(h.S, netuid), (ushort)100),
            (h.Admin.SudoSetRho.Create(netuid, (ushort)8), () => h.Module.Rho.Get(h.S, netuid), (ushort)8),
            (h.Admin.SudoSetActivityCutoff.Create(netuid, (ushort)4000), () => h.Module.ActivityCutoff.Get(h.S, netuid), (ushort)4000),
            (h.Admin.SudoSetMinBurn.Create(netuid, 600_000UL), () => h.Module.MinBurn.Get(h.S, netuid), 600_000UL),
            (h.Admin.SudoSetMaxBurn.Create(netuid, 50_000_000_000UL), () => h.Module.MaxBurn.Get(h.S, netuid), 50_000_000_000UL),
            (h.Admin.SudoSetBondsMovingAverage.Create(netuid, 975_000UL), () => h.Module.BondsMovingAverage.Get(h.S, netuid), 975_000UL),
            (h.Admin.SudoSetBondsPenalty.Create(netuid, (ushort)7), () => h.Module.BondsPenalty.Get(h.S, netuid), (ushort)7),
            (h.Admin.SudoSetCommitRevealWeightsEnabled.Create(netuid, true), () => h.Module.CommitRevealWeightsEnabled.Get(h.S, netuid), true),
            (h.Admin.SudoSetLiquidAlphaEnabled.Create(netuid, false), () => h.Module.LiquidAlphaOn.Get(h.S, netuid), false),
            (h.Admin.SudoSetCommitRevealWeightsInterval.Create(netuid, 3UL), () => h.Module.RevealPeriodEpochs.Get(h.S, netuid), 3UL),
            (h.Admin.SudoSetToggleTransfer.Create(netuid, false), () => h.Module.TransferToggle.Get(h.S, netuid), false),
            (h.Admin.SudoSetYuma3Enabled.Create(netuid, false), () => h.Module.Yuma3On.Get(h.S, netuid), false),
            (h.Admin.SudoSetBondsResetEnabled.Create(netuid, true), () => h.Module.BondsResetOn.Get(h.S, netuid), true),
            (h.Admin.SudoSetOwnerImmuneNeuronLimit.Create(netuid, (ushort)3), () => h.Module.ImmuneOwnerUidsLimit.Get(h.S, netuid), (ushort)3),
            (h.Admin.SudoSetBurnHalfLife.Create(netuid, (ushort)720), () => h.Module.BurnHalfLife.Get(h.S, netuid), (ushort)720),
            (h.Admin.SudoSetBurnIncreaseMult.Create(netuid, (UInt128)2 << 64), () => h.Module.BurnIncreaseMult.Get(h.S, netuid), (UInt128)2 << 64),
        ];
        foreach ((RuntimeCall call, Func<object> read, object expected) in cases)
        {
            Assert.Equal(DispatchError.BadOrigin, h.Error(call, Alice));
            Assert.NotEqual(expected, read());
            Assert.Null(h.Error(call, Bob));
            Assert.Equal(expected, read());
        }

        Assert.Contains(h.Context.Events, e => e.Event.Is(h.Admin.Yuma3EnableToggled));
        Assert.Contains(h.Context.Events, e => e.Event.Is(h.Admin.BondsResetToggled));
        Assert.Contains(h.Context.Events, e => e.Event.Is(h.Module.BondsResetOnSet));
        Assert.Contains(h.Context.Events, e => e.Event.Is(h.Admin.BurnHalfLifeSet));
        Assert.Contains(h.Context.Events, e => e.Event.Is(h.Module.TransferToggleSet));
        Assert.Contains(h.Context.Events, e => e.Event.Is(h.Module.CommitRevealEnabledSet));
    }

    [Fact]
    public void GlobalRootSetters_RejectSigned_AndWriteForRoot()
    {
        var h = new SubtensorHarness();
        (RuntimeCall Call, Func<object> Read, object Expected, EventDescriptor? Event)[] cases =
        [
            (h.Admin.SudoSetDefaultTake.Create((ushort)5000), () => h.Module.MaxDelegateTake.Get(h.S), (ushort)5000, h.Module.MaxDelegateTakeSet),
            (h.Admin.SudoSetTxRateLimit.Create(3UL), () => h.Module.TxRateLimit.Get(h.S), 3UL, h.Module.TxRateLimitSet),
            (h.Admin.SudoSetSubnetOwnerCut.Create((ushort)100), () => h.Module.SubnetOwnerCut.Get(h.S), (ushort)100, h.Module.SubnetOwnerCutSet),
            (h.Admin.SudoSetNetworkRateLimit.Create(5UL), () => h.Module.NetworkRateLimit.Get(h.S), 5UL, h.Module.NetworkRateLimitSet),
            (h.Admin.SudoSetNetworkImmunityPeriod.Create(6UL), () => h.Module.NetworkImmunityPeriod.Get(h.S), 6UL, h.Module.NetworkImmunityPeriodSet),
            (h.Admin.SudoSetNetworkMinLockCost.Create(7UL), () => h.Module.NetworkMinLockCost.Get(h.S), 7UL, h.Module.NetworkMinLockCostSet),
            (h.Admin.SudoSetSubnetLimit.Create((ushort)8), () => h.Module.SubnetLimit.Get(h.S), (ushort)8, h.Module.SubnetLimitSet),
            (h.Admin.SudoSetLockReductionInterval.Create(9UL), () => h.Module.NetworkLockReductionInterval.Get(h.S), 9UL, h.Module.NetworkLockCostReductionIntervalSet),
            (h.Admin.SudoSetStakeThreshold.Create(10UL), () => h.Module.StakeThreshold.Get(h.S), 10UL, h.Module.StakeThresholdSet),
            (h.Admin.SudoSetTxDelegateTakeRateLimit.Create(11UL), () => h.Module.TxDelegateTakeRateLimit.Get(h.S), 11UL, h.Module.TxDelegateTakeRateLimitSet),
            (h.Admin.SudoSetMinDelegateTake.Create((ushort)12), () => h.Module.MinDelegateTake.Get(h.S), (ushort)12, h.Module.MinDelegateTakeSet),
            (h.Admin.SudoSetCommitRevealVersion.Create((ushort)3), () => h.Module.CommitRevealWeightsVersion.Get(h.S), (ushort)3, h.Module.CommitRevealVersionSet),
            (h.Admin.SudoSetAdminFreezeWindow.Create((ushort)4), () => h.Module.AdminFreezeWindow.Get(h.S), (ushort)4, h.Module.AdminFreezeWindowSet),
            (h.Admin.SudoSetOwnerHparamRateLimit.Create((ushort)5), () => h.Module.OwnerHyperparamRateLimit.Get(h.S), (ushort)5, h.Module.OwnerHyperparamRateLimitSet),
            (h.Admin.SudoSetStartCallDelay.Create(13UL), () => h.Module.StartCallDelay.Get(h.S), 13UL, h.Module.StartCallDelaySet),
            (h.Admin.SudoSetMaxEpochsPerBlock.Create((byte)9), () => h.Module.MaxEpochsPerBlock.Get(h.S), (byte)9, h.Module.MaxEpochsPerBlockSet),
        ];
        foreach ((RuntimeCall call, Func<object> read, object expected, EventDescriptor? evt) in cases)
        {
            Assert.Equal(DispatchError.BadOrigin, h.Error(call, Alice));
            Assert.NotEqual(expected, read());
            Assert.Null(h.Error(call));
            Assert.Equal(expected, read());
            Assert.True(h.Context.Events[^1].Event.Is(evt!));
            Assert.Equal(expected, h.Context.Events[^1].Event.Get<object>(0));
        }
    }

    [Fact]
    public void GlobalRootSettersWithoutEvents_RejectSigned_AndWriteForRoot()
    {
        // Upstream's sudo_set_ck_burn and sudo_set_subnet_moving_alpha only log: no event.
        var h = new SubtensorHarness();
        (RuntimeCall Call, Func<object> Read, object Expected)[] cases =
        [
            (h.Admin.SudoSetCkBurn.Create(ulong.MaxValue / 5), () => h.Module.CKBurn.Get(h.S), ulong.MaxValue / 5),
            (h.Admin.SudoSetSubnetMovingAlpha.Create((Int128)1 << 31), () => h.Module.SubnetMovingAlpha.Get(h.S), (UInt128)1 << 31),
        ];
        foreach ((RuntimeCall call, Func<object> read, object expected) in cases)
        {
            Assert.Equal(DispatchError.BadOrigin, h.Error(call, Alice));
            Assert.NotEqual(expected, read());
            int events = h.Context.Events.Count;
            Assert.Null(h.Error(call));
            Assert.Equal(expected, read());
            Assert.Equal(events, h.Context.Events.Count);
        }
    }

    [Fact]
    public void FreezeWindow_BlocksAdminOps_NearTheEpoch_ButNotRootOnlyUnfrozenSetters()
    {
        (SubtensorHarness h, ushort netuid) = SubnetOwnedByBob();
        Assert.Equal((ushort)0, h.Module.AdminFreezeWindow.Get(h.S));
        Assert.Null(h.Error(h.Admin.SudoSetAdminFreezeWindow.Create((ushort)3)));
        ushort tempo = h.Module.Tempo.Get(h.S, netuid);
        ulong next = h.Module.LastEpochBlock.Get(h.S, netuid) + tempo;
        h.Context.BlockNumber = (uint)(next - 3);
        Assert.Null(h.Error(h.Admin.SudoSetImmunityPeriod.Create(netuid, (ushort)1), Bob));
        h.Context.BlockNumber = (uint)(next - 2);
        DispatchError frozen = h.Module.AdminActionProhibitedDuringWeightsWindow.ToDispatchError();
        Assert.Equal(frozen, h.Error(h.Admin.SudoSetMinAllowedWeights.Create(netuid, (ushort)1), Bob));
        Assert.Equal(frozen, h.Error(h.Admin.SudoSetTempo.Create(netuid, (ushort)5)));
        Assert.Equal(frozen, h.Error(h.Admin.SudoSetMaxAllowedValidators.Create(netuid, (ushort)5)));

        // Kappa and the weights rate limit do not check the window upstream.
        Assert.Null(h.Error(h.Admin.SudoSetKappa.Create(netuid, (ushort)5)));
        Assert.Null(h.Error(h.Admin.SudoSetWeightsSetRateLimit.Create(netuid, 5UL)));

        // A pending owner-triggered epoch freezes until it fires.
        h.Context.BlockNumber = (uint)(next + 1);
        h.Module.PendingEpochAt.Insert(h.S, netuid, next + 5);
        Assert.Equal(frozen, h.Error(h.Admin.SudoSetImmunityPeriod.Create(netuid, (ushort)2)));
    }

    [Fact]
    public void SetterErrors_ByUpstreamName()
    {
        (SubtensorHarness h, ushort netuid) = SubnetOwnedByBob();
        AdminUtilsPallet a = h.Admin;
        SubtensorModule m = h.Module;
        Assert.Equal(a.SubnetDoesNotExist.ToDispatchError(), h.Error(a.SudoSetKappa.Create((ushort)50, (ushort)1)));
        Assert.Equal(a.SubnetDoesNotExist.ToDispatchError(), h.Error(a.SudoSetImmunityPeriod.Create((ushort)50, (ushort)1)));
        Assert.Equal(a.MaxValidatorsLargerThanMaxUIds.ToDispatchError(), h.Error(a.SudoSetMaxAllowedValidators.Create(netuid, (ushort)257)));

        m.MinAllowedUids.Insert(h.S, netuid, 64);
        Assert.Equal(a.MaxAllowedUidsLessThanMinAllowedUids.ToDispatchError(), h.Error(a.SudoSetMaxAllowedUids.Create(netuid, (ushort)63)));
        m.MinAllowedUids.Insert(h.S, netuid, 0);
        m.SubnetworkN.Insert(h.S, netuid, 10);
        Assert.Equal(a.MaxAllowedUIdsLessThanCurrentUIds.ToDispatchError(), h.Error(a.SudoSetMaxAllowedUids.Create(netuid, (ushort)9)));
        Assert.Equal(a.MaxAllowedUidsGreaterThanDefaultMaxAllowedUids.ToDispatchError(), h.Error(a.SudoSetMaxAllowedUids.Create(netuid, (ushort)257)));

        Assert.Equal(a.MinAllowedUidsGreaterThanMaxAllowedUids.ToDispatchError(), h.Error(a.SudoSetMinAllowedUids.Create(netuid, (ushort)256)));
        Assert.Equal(a.MinAllowedUidsGreaterThanCurrentUids.ToDispatchError(), h.Error(a.SudoSetMinAllowedUids.Create(netuid, (ushort)10)));
        Assert.Null(h.Error(a.SudoSetMinAllowedUids.Create(netuid, (ushort)9)));

        Assert.Equal(a.BondsMovingAverageMaxReached.ToDispatchError(), h.Error(a.SudoSetBondsMovingAverage.Create(netuid, 975_001UL), Bob));
        Assert.Null(h.Error(a.SudoSetBondsMovingAverage.Create(netuid, 999_000UL)));
        Assert.Equal(a.SubnetDoesNotExist.ToDispatchError(), h.Error(a.SudoSetBondsMovingAverage.Create((ushort)50, 1UL)));

        Assert.Equal(a.ValueNotInBounds.ToDispatchError(), h.Error(a.SudoSetMinBurn.Create(netuid, AdminUtilsPallet.MinBurnUpperBound)));
        m.MaxBurn.Insert(h.S, netuid, 900_000);
        Assert.Equal(a.ValueNotInBounds.ToDispatchError(), h.Error(a.SudoSetMinBurn.Create(netuid, 900_000UL)));
        Assert.Equal(a.ValueNotInBounds.ToDispatchError(), h.Error(a.SudoSetMaxBurn.Create(netuid, AdminUtilsPallet.MaxBurnLowerBound)));
        m.MinBurn.Insert(h.S, netuid, 200_000_000);
        Assert.Equal(a.ValueNotInBounds.ToDispatchError(), h.Error(a.SudoSetMaxBurn.Create(netuid, 200_000_000UL)));
        Assert.Equal(a.ValueNotInBounds.ToDispatchError(), h.Error(a.SudoSetMaxEpochsPerBlock.Create((byte)0)));

        Assert.Equal(m.ActivityCutoffTooLow.ToDispatchError(), h.Error(a.SudoSetActivityCutoff.Create(netuid, (ushort)359)));
        Assert.Equal(a.NotPermittedOnRootSubnet.ToDispatchError(), h.Error(a.SudoSetBurnHalfLife.Create((ushort)0, (ushort)10)));
        Assert.Equal(a.InvalidValue.ToDispatchError(), h.Error(a.SudoSetBurnHalfLife.Create(netuid, (ushort)0)));
        Assert.Equal(a.InvalidValue.ToDispatchError(), h.Error(a.SudoSetBurnHalfLife.Create(netuid, (ushort)36_101)));
        Assert.Equal(a.InvalidValue.ToDispatchError(), h.Error(a.SudoSetBurnIncreaseMult.Create(netuid, ((UInt128)3 << 64) + 1)));
        Assert.Equal(a.InvalidValue.ToDispatchError(), h.Error(a.SudoSetBurnIncreaseMult.Create(netuid, ((UInt128)1 << 64) - 1)));
        Assert.Equal(a.NotPermittedOnRootSubnet.ToDispatchError(), h.Error(a.SudoSetSubnetEmissionEnabled.Create((ushort)0, true)));
        Assert.Equal(m.InvalidValue.ToDispatchError(), h.Error(a.SudoSetOwnerImmuneNeuronLimit.Create(netuid, (ushort)11)));
        Assert.Equal(m.InvalidValue.ToDispatchError(), h.Error(a.SudoSetOwnerImmuneNeuronLimit.Create(netuid, (ushort)0)));
        Assert.Equal(a.POWRegistrationDisabled.ToDispatchError(), h.Error(a.SudoSetNetworkPowRegistrationAllowed.Create(netuid, true)));
        Assert.Equal(a.Deprecated.ToDispatchError(), h.Error(a.SudoSetTotalIssuance.Create(1UL)));
        Assert.Equal(m.RevealPeriodTooLarge.ToDispatchError(), h.Error(a.SudoSetCommitRevealWeightsInterval.Create(netuid, 101UL)));
        Assert.Equal(m.RevealPeriodTooSmall.ToDispatchError(), h.Error(a.SudoSetCommitRevealWeightsInterval.Create(netuid, 0UL)));
    }

    [Fact]
    public void SudoSetAlphaValues_NeedsLiquidAlpha_AndBounds()
    {
        (SubtensorHarness h, ushort netuid) = SubnetOwnedByBob();
        RuntimeCall Set(ushort low, ushort high) => h.Admin.SudoSetAlphaValues.Create(netuid, low, high);
        Assert.Equal(h.Module.LiquidAlphaDisabled.ToDispatchError(), h.Error(Set(2000, 3000)));
        Assert.Null(h.Error(h.Admin.SudoSetLiquidAlphaEnabled.Create(netuid, true)));
        Assert.Equal(h.Module.AlphaHighTooLow.ToDispatchError(), h.Error(Set(1000, 1637)));
        Assert.Equal(h.Module.AlphaLowOutOfRange.ToDispatchError(), h.Error(Set(1637, 3000)));
        Assert.Equal(h.Module.AlphaLowOutOfRange.ToDispatchError(), h.Error(Set(3001, 3000)));
        Assert.Null(h.Error(Set(6553, 19660), Bob));
        Assert.Equal(((ushort)6553, (ushort)19660), h.Module.AlphaValues.Get(h.S, netuid));
        Assert.Equal(h.Module.TxRateLimitExceeded.ToDispatchError(), h.Error(Set(6553, 19661), Bob));
    }

    [Fact]
    public void SudoSetWeightsVersionKey_OwnerLimitedToFiveTempos()
    {
        (SubtensorHarness h, ushort netuid) = SubnetOwnedByBob();
        ushort tempo = h.Module.Tempo.Get(h.S, netuid);
        Assert.Null(h.Error(h.Admin.SudoSetWeightsVersionKey.Create(netuid, 7UL), Bob));
        Assert.Equal(7UL, h.Module.WeightsVersionKey.Get(h.S, netuid));
        Assert.True(h.Context.Events[^1].Event.Is(h.Module.WeightsVersionKeySet));
        h.Context.BlockNumber += (uint)(5 * tempo) - 1;
        Assert.Equal(h.Module.TxRateLimitExceeded.ToDispatchError(), h.Error(h.Admin.SudoSetWeightsVersionKey.Create(netuid, 8UL), Bob));
        Assert.Null(h.Error(h.Admin.SudoSetWeightsVersionKey.Create(netuid, 8UL)));
        h.Context.BlockNumber += 1;
        Assert.Null(h.Error(h.Admin.SudoSetWeightsVersionKey.Create(netuid, 9UL), Bob));
        Assert.Equal(h.Admin.SubnetDoesNotExist.ToDispatchError(), h.Error(h.Admin.SudoSetWeightsVersionKey.Create((ushort)50, 9UL)));
    }

    [Fact]
    public void SudoSetSnOwnerHotkey_OwnerOrRoot_RateLimited_NoSystemAccount()
    {
        (SubtensorHarness h, ushort netuid) = SubnetOwnedByBob();
        AccountId32 hot = SubtensorHarness.Hotkey(5);
        Assert.Equal(DispatchError.BadOrigin, h.Error(h.Admin.SudoSetSnOwnerHotkey.Create(netuid, hot), Alice));
        Assert.Equal(h.Module.SubnetNotExists.ToDispatchError(), h.Error(h.Admin.SudoSetSnOwnerHotkey.Create((ushort)50, hot)));
        Assert.Null(h.Error(h.Admin.SudoSetSnOwnerHotkey.Create(netuid, hot), Bob));
        Assert.Equal(hot, h.Module.SubnetOwnerHotkey.Get(h.S, netuid));
        Assert.True(h.Context.Events[^1].Event.Is(h.Module.SubnetOwnerHotkeySet));
        Assert.Equal(h.Module.TxRateLimitExceeded.ToDispatchError(), h.Error(h.Admin.SudoSetSubnetOwnerHotkey.Create(netuid, SubtensorHarness.Hotkey(6))));
        h.Context.BlockNumber += (uint)SubtensorModule.DefaultSetSNOwnerHotkeyRateLimit;
        byte[] system = new byte[32];
        "modlsubtensr"u8.CopyTo(system);
        system[12] = (byte)netuid;
        Assert.Equal(netuid, SubtensorModule.SubnetOfAccount(new AccountId32(system)));
        Assert.Equal(h.Module.CannotUseSystemAccount.ToDispatchError(), h.Error(h.Admin.SudoSetSubnetOwnerHotkey.Create(netuid, new AccountId32(system))));
        Assert.Equal(hot, h.Module.SubnetOwnerHotkey.Get(h.S, netuid));
    }
}
