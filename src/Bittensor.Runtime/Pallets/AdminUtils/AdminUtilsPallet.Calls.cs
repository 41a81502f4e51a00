using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;
using Bittensor.Runtime.Framework.Types;
using Bittensor.Runtime.Pallets.Subtensor;

namespace Bittensor.Runtime.Pallets.AdminUtils;

/// <summary>The setters, in upstream call-index order, each with upstream's origin rule, checks and their order.</summary>
/// <remarks>opentensor/subtensor@14bc6f9 <c>pallets/admin-utils/src/lib.rs</c> (calls), <c>pallets/subtensor/src/utils/misc.rs</c>
/// (the <c>set_*</c> helpers and the events they deposit).</remarks>
public sealed partial class AdminUtilsPallet
{
    private static readonly UInt128 OneU64F64 = (UInt128)1 << 64;

    public CallDescriptor SudoSetDefaultTake { get; private set; } = null!;

    public CallDescriptor SudoSetTxRateLimit { get; private set; } = null!;

    public CallDescriptor SudoSetServingRateLimit { get; private set; } = null!;

    public CallDescriptor SudoSetMinDifficulty { get; private set; } = null!;

    public CallDescriptor SudoSetMaxDifficulty { get; private set; } = null!;

    public CallDescriptor SudoSetWeightsVersionKey { get; private set; } = null!;

    public CallDescriptor SudoSetWeightsSetRateLimit { get; private set; } = null!;

    public CallDescriptor SudoSetAdjustmentInterval { get; private set; } = null!;

    public CallDescriptor SudoSetAdjustmentAlpha { get; private set; } = null!;

    public CallDescriptor SudoSetImmunityPeriod { get; private set; } = null!;

    public CallDescriptor SudoSetMinAllowedWeights { get; private set; } = null!;

    public CallDescriptor SudoSetMaxAllowedUids { get; private set; } = null!;

    public CallDescriptor SudoSetKappa { get; private set; } = null!;

    public CallDescriptor SudoSetRho { get; private set; } = null!;

    public CallDescriptor SudoSetActivityCutoff { get; private set; } = null!;

    public CallDescriptor SudoSetNetworkRegistrationAllowed { get; private set; } = null!;

    public CallDescriptor SudoSetNetworkPowRegistrationAllowed { get; private set; } = null!;

    public CallDescriptor SudoSetTargetRegistrationsPerInterval { get; private set; } = null!;

    public CallDescriptor SudoSetMinBurn { get; private set; } = null!;

    public CallDescriptor SudoSetMaxBurn { get; private set; } = null!;

    public CallDescriptor SudoSetDifficulty { get; private set; } = null!;

    public CallDescriptor SudoSetMaxAllowedValidators { get; private set; } = null!;

    public CallDescriptor SudoSetBondsMovingAverage { get; private set; } = null!;

    public CallDescriptor SudoSetBondsPenalty { get; private set; } = null!;

    public CallDescriptor SudoSetMaxRegistrationsPerBlock { get; private set; } = null!;

    public CallDescriptor SudoSetSubnetOwnerCut { get; private set; } = null!;

    public CallDescriptor SudoSetNetworkRateLimit { get; private set; } = null!;

    public CallDescriptor SudoSetTempo { get; private set; } = null!;

    public CallDescriptor SudoSetTotalIssuance { get; private set; } = null!;

    public CallDescriptor SudoSetNetworkImmunityPeriod { get; private set; } = null!;

    public CallDescriptor SudoSetNetworkMinLockCost { get; private set; } = null!;

    public CallDescriptor SudoSetSubnetLimit { get; private set; } = null!;

    public CallDescriptor SudoSetLockReductionInterval { get; private set; } = null!;

    public CallDescriptor SudoSetRaoRecycled { get; private set; } = null!;

    public CallDescriptor SudoSetStakeThreshold { get; private set; } = null!;

    public CallDescriptor SudoSetTxDelegateTakeRateLimit { get; private set; } = null!;

    public CallDescriptor SudoSetMinDelegateTake { get; private set; } = null!;

    public CallDescriptor SudoSetCommitRevealWeightsEnabled { get; private set; } = null!;

    public CallDescriptor SudoSetLiquidAlphaEnabled { get; private set; } = null!;

    public CallDescriptor SudoSetAlphaValues { get; private set; } = null!;

    public CallDescriptor SudoSetCommitRevealWeightsInterval { get; private set; } = null!;

    public CallDescriptor SudoSetToggleTransfer { get; private set; } = null!;

    public CallDescriptor SudoSetSubnetOwnerHotkey { get; private set; } = null!;

    public CallDescriptor SudoSetSubnetMovingAlpha { get; private set; } = null!;

    public CallDescriptor SudoSetEmaPriceHalvingPeriod { get; private set; } = null!;

    public CallDescriptor SudoSetCkBurn { get; private set; } = null!;

    public CallDescriptor SudoSetSubtokenEnabled { get; private set; } = null!;

    public CallDescriptor SudoSetSnOwnerHotkey { get; private set; } = null!;

    public CallDescriptor SudoSetAlphaSigmoidSteepness { get; private set; } = null!;

    public CallDescriptor SudoSetYuma3Enabled { get; private set; } = null!;

    public CallDescriptor SudoSetBondsResetEnabled { get; private set; } = null!;

    public CallDescriptor SudoSetCommitRevealVersion { get; private set; } = null!;

    public CallDescriptor SudoSetOwnerImmuneNeuronLimit { get; private set; } = null!;

    public CallDescriptor SudoSetAdminFreezeWindow { get; private set; } = null!;

    public CallDescriptor SudoSetOwnerHparamRateLimit { get; private set; } = null!;

    public CallDescriptor SudoSetMinAllowedUids { get; private set; } = null!;

    public CallDescriptor SudoSetStartCallDelay { get; private set; } = null!;

    public CallDescriptor SudoSetBurnHalfLife { get; private set; } = null!;

    public CallDescriptor SudoSetBurnIncreaseMult { get; private set; } = null!;

    public CallDescriptor SudoSetSubnetEmissionEnabled { get; private set; } = null!;

    public CallDescriptor SudoSetMaxEpochsPerBlock { get; private set; } = null!;

    private void DefineCalls()
    {
        SubtensorModule st = _subtensor;
        FieldDef tao(string name) => P(name, TypeRef.U64, "TaoBalance");
        FieldDef u16(string name) => P(name, TypeRef.U16, "u16");
        FieldDef u64(string name) => P(name, TypeRef.U64, "u64");
        FieldDef flag(string name) => P(name, TypeRef.Bool, "bool");

        SudoSetDefaultTake = RootGlobal(1, "sudo_set_default_take", u16("default_take"), (c, a) => Put(c, st.MaxDelegateTake, a.U16(0), st.MaxDelegateTakeSet), "The extrinsic sets the default take for the network.");
        SudoSetTxRateLimit = RootGlobal(2, "sudo_set_tx_rate_limit", u64("tx_rate_limit"), (c, a) => Put(c, st.TxRateLimit, a.U64(0), st.TxRateLimitSet), "The extrinsic sets the transaction rate limit for the network.");
        SudoSetServingRateLimit = OwnerOrRoot(3, "sudo_set_serving_rate_limit", [u64("serving_rate_limit")], Hyperparameter.ServingRateLimit, false, (c, n, _, a) => Insert(c, st.ServingRateLimit, n, a.U64(1), st.ServingRateLimitSet), "The extrinsic sets the serving rate limit for a subnet.");
        SudoSetMinDifficulty = RootSubnet(4, "sudo_set_min_difficulty", u64("min_difficulty"), true, (c, n, a) => Insert(c, st.MinDifficulty, n, a.U64(1), st.MinDifficultySet), "The extrinsic sets the minimum difficulty for a subnet.");
        SudoSetMaxDifficulty = OwnerOrRoot(5, "sudo_set_max_difficulty", [u64("max_difficulty")], Hyperparameter.MaxDifficulty, true, (c, n, _, a) => Insert(c, st.MaxDifficulty, n, a.U64(1), st.MaxDifficultySet), "The extrinsic sets the maximum difficulty for a subnet.");
        SudoSetWeightsVersionKey = DefineCall(6, "sudo_set_weights_version_key", [NetUid(), u64("weights_version_key")], DoSetWeightsVersionKey, SetterWeight(3, 2), docs: "The extrinsic sets the weights version key for a subnet.");
        SudoSetWeightsSetRateLimit = RootSubnet(7, "sudo_set_weights_set_rate_limit", u64("weights_set_rate_limit"), false, (c, n, a) => Insert(c, st.WeightsSetRateLimit, n, a.U64(1), st.WeightsSetRateLimitSet), "The extrinsic sets the weights set rate limit for a subnet.");
        SudoSetAdjustmentInterval = RootSubnet(8, "sudo_set_adjustment_interval", u16("adjustment_interval"), false, (c, n, a) => Insert(c, st.AdjustmentInterval, n, a.U16(1), st.AdjustmentIntervalSet), "The extrinsic sets the adjustment interval for a subnet.");
        SudoSetAdjustmentAlpha = OwnerOrRoot(9, "sudo_set_adjustment_alpha", [u64("adjustment_alpha")], Hyperparameter.AdjustmentAlpha, true, (c, n, _, a) => Insert(c, st.AdjustmentAlpha, n, a.U64(1), st.AdjustmentAlphaSet), "The extrinsic sets the adjustment alpha for a subnet.");
        SudoSetImmunityPeriod = OwnerOrRoot(13, "sudo_set_immunity_period", [u16("immunity_period")], Hyperparameter.ImmunityPeriod, true, (c, n, _, a) => Insert(c, st.ImmunityPeriod, n, a.U16(1), st.ImmunityPeriodSet), "The extrinsic sets the immunity period for a subnet.");
        SudoSetMinAllowedWeights = OwnerOrRoot(14, "sudo_set_min_allowed_weights", [u16("min_allowed_weights")], Hyperparameter.MinAllowedWeights, true, (c, n, _, a) => Insert(c, st.MinAllowedWeights, n, a.U16(1), st.MinAllowedWeightSet), "The extrinsic sets the minimum allowed weights for a subnet.");
        SudoSetMaxAllowedUids = OwnerOrRoot(15, "sudo_set_max_allowed_uids", [u16("max_allowed_uids")], Hyperparameter.MaxAllowedUids, true, SetMaxAllowedUids, "The extrinsic sets the maximum allowed UIDs for a subnet.");
        SudoSetKappa = RootSubnet(16, "sudo_set_kappa", u16("kappa"), false, (c, n, a) => Insert(c, st.Kappa, n, a.U16(1), st.KappaSet), "The extrinsic sets the kappa for a subnet.");
        SudoSetRho = OwnerOrRoot(17, "sudo_set_rho", [u16("rho")], Hyperparameter.Rho, true, (c, n, _, a) => Insert(c, st.Rho, n, a.U16(1), null), "The extrinsic sets the rho for a subnet.");
        SudoSetActivityCutoff = OwnerOrRoot(18, "sudo_set_activity_cutoff", [u16("activity_cutoff")], Hyperparameter.ActivityCutoff, true, (c, n, _, a) =>
            a.U16(1) < st.MinActivityCutoff.Get(c.Storage) ? st.ActivityCutoffTooLow : Insert(c, st.ActivityCutoff, n, a.U16(1), st.ActivityCutoffSet), "The extrinsic sets the activity cutoff for a subnet.");
        SudoSetNetworkRegistrationAllowed = DefineCall(19, "sudo_set_network_registration_allowed", [NetUid(), flag("registration_allowed")], (c, o, a) => Result(EnsureRoot(o) ?? Insert(c, st.NetworkRegistrationAllowed, a.U16(0), a.Bool(1), st.RegistrationAllowed)), SetterWeight(0, 1), docs: "The extrinsic sets the network registration allowed for a subnet.");
        SudoSetNetworkPowRegistrationAllowed = DefineCall(20, "sudo_set_network_pow_registration_allowed", [NetUid(), flag("registration_allowed")], (_, _, _) => POWRegistrationDisabled, SetterWeight(0, 1), docs: "The extrinsic sets the network PoW registration allowed for a subnet.");
        SudoSetTargetRegistrationsPerInterval = RootSubnet(21, "sudo_set_target_registrations_per_interval", u16("target_registrations_per_interval"), true, (c, n, a) => Insert(c, st.TargetRegistrationsPerInterval, n, a.U16(1), st.RegistrationPerIntervalSet), "The extrinsic sets the target registrations per interval for a subnet.");
        SudoSetMinBurn = OwnerOrRoot(22, "sudo_set_min_burn", [tao("min_burn")], Hyperparameter.MinBurn, true, (c, n, _, a) =>
            a.U64(1) >= MinBurnUpperBound || a.U64(1) >= st.MaxBurn.Get(c.Storage, n) ? ValueNotInBounds : Insert(c, st.MinBurn, n, a.U64(1), st.MinBurnSet), "The extrinsic sets the minimum burn for a subnet.");
        SudoSetMaxBurn = OwnerOrRoot(23, "sudo_set_max_burn", [tao("max_burn")], Hyperparameter.MaxBurn, true, (c, n, _, a) =>
            a.U64(1) <= MaxBurnLowerBound || a.U64(1) <= st.MinBurn.Get(c.Storage, n) ? ValueNotInBounds : Insert(c, st.MaxBurn, n, a.U64(1), st.MaxBurnSet), "The extrinsic sets the maximum burn for a subnet.");
        SudoSetDifficulty = RootSubnet(24, "sudo_set_difficulty", u64("difficulty"), true, (c, n, a) => Insert(c, st.Difficulty, n, a.U64(1), st.DifficultySet), "The extrinsic sets the difficulty for a subnet.");
        SudoSetMaxAllowedValidators = RootSubnet(25, "sudo_set_max_allowed_validators", u16("max_allowed_validators"), true, (c, n, a) =>
            a.U16(1) > st.MaxAllowedUids.Get(c.Storage, n) ? MaxValidatorsLargerThanMaxUIds : Insert(c, st.MaxAllowedValidators, n, a.U16(1), st.MaxAllowedValidatorsSet), "The extrinsic sets the maximum allowed validators for a subnet.");
        SudoSetBondsMovingAverage = OwnerOrRoot(26, "sudo_set_bonds_moving_average", [u64("bonds_moving_average")], Hyperparameter.BondsMovingAverage, false, SetBondsMovingAverage, "The extrinsic sets the bonds moving average for a subnet.");
        SudoSetBondsPenalty = OwnerOrRoot(60, "sudo_set_bonds_penalty", [u16("bonds_penalty")], Hyperparameter.BondsPenalty, true, (c, n, _, a) => Insert(c, st.BondsPenalty, n, a.U16(1), st.BondsPenaltySet), "The extrinsic sets the bonds penalty for a subnet.");
        SudoSetMaxRegistrationsPerBlock = RootSubnet(27, "sudo_set_max_registrations_per_block", u16("max_registrations_per_block"), true, (c, n, a) => Insert(c, st.MaxRegistrationsPerBlock, n, a.U16(1), st.MaxRegistrationsPerBlockSet), "The extrinsic sets the maximum registrations per block for a subnet.");
        SudoSetSubnetOwnerCut = RootGlobal(28, "sudo_set_subnet_owner_cut", u16("subnet_owner_cut"), (c, a) => Put(c, st.SubnetOwnerCut, a.U16(0), st.SubnetOwnerCutSet), "The extrinsic sets the subnet owner cut for a subnet.");
        SudoSetNetworkRateLimit = RootGlobal(29, "sudo_set_network_rate_limit", u64("rate_limit"), (c, a) => Put(c, st.NetworkRateLimit, a.U64(0), st.NetworkRateLimitSet), "The extrinsic sets the network rate limit for the network.");
        SudoSetTempo = RootSubnet(30, "sudo_set_tempo", u16("tempo"), true, SetTempo, "The extrinsic sets the tempo for a subnet.");
        SudoSetTotalIssuance = DefineCall(33, "sudo_set_total_issuance", [tao("total_issuance")], (_, _, _) => Deprecated, SetterWeight(0, 1), docs: "DEPRECATED");
        SudoSetNetworkImmunityPeriod = RootGlobal(35, "sudo_set_network_immunity_period", u64("immunity_period"), (c, a) => Put(c, st.NetworkImmunityPeriod, a.U64(0), st.NetworkImmunityPeriodSet), "The extrinsic sets the immunity period for the network.");
        SudoSetNetworkMinLockCost = RootGlobal(36, "sudo_set_network_min_lock_cost", tao("lock_cost"), (c, a) => Put(c, st.NetworkMinLockCost, a.U64(0), st.NetworkMinLockCostSet), "The extrinsic sets the min lock cost for the network.");
        SudoSetSubnetLimit = RootGlobal(37, "sudo_set_subnet_limit", u16("max_subnets"), (c, a) => Put(c, st.SubnetLimit, a.U16(0), st.SubnetLimitSet), "The extrinsic sets the subnet limit for the network.");
        SudoSetLockReductionInterval = RootGlobal(38, "sudo_set_lock_reduction_interval", u64("interval"), (c, a) => Put(c, st.NetworkLockReductionInterval, a.U64(0), st.NetworkLockCostReductionIntervalSet), "The extrinsic sets the lock reduction interval for the network.");
        SudoSetRaoRecycled = RootSubnet(39, "sudo_set_rao_recycled", tao("rao_recycled"), false, (c, n, a) => Insert(c, st.RAORecycledForRegistration, n, a.U64(1), st.RAORecycledForRegistrationSet), "The extrinsic sets the recycled RAO for a subnet.");
        SudoSetStakeThreshold = RootGlobal(42, "sudo_set_stake_threshold", u64("min_stake"), (c, a) => Put(c, st.StakeThreshold, a.U64(0), st.StakeThresholdSet), "The extrinsic sets the weights min stake.");
        SudoSetTxDelegateTakeRateLimit = RootGlobal(45, "sudo_set_tx_delegate_take_rate_limit", u64("tx_rate_limit"), (c, a) => Put(c, st.TxDelegateTakeRateLimit, a.U64(0), st.TxDelegateTakeRateLimitSet), "The extrinsic sets the rate limit for delegate take transactions.");
        SudoSetMinDelegateTake = RootGlobal(46, "sudo_set_min_delegate_take", u16("take"), (c, a) => Put(c, st.MinDelegateTake, a.U16(0), st.MinDelegateTakeSet), "The extrinsic sets the minimum delegate take.");
        SudoSetCommitRevealWeightsEnabled = OwnerOrRoot(49, "sudo_set_commit_reveal_weights_enabled", [flag("enabled")], Hyperparameter.CommitRevealEnabled, true, (c, n, _, a) => Insert(c, st.CommitRevealWeightsEnabled, n, a.Bool(1), st.CommitRevealEnabledSet), "The extrinsic enabled/disables commit/reaveal for a given subnet.");
        SudoSetLiquidAlphaEnabled = OwnerOrRoot(50, "sudo_set_liquid_alpha_enabled", [flag("enabled")], Hyperparameter.LiquidAlphaEnabled, false, (c, n, _, a) => Insert(c, st.LiquidAlphaOn, n, a.Bool(1), null), "Enables or disables Liquid Alpha for a given subnet.");
        SudoSetAlphaValues = OwnerOrRoot(51, "sudo_set_alpha_values", [u16("alpha_low"), u16("alpha_high")], Hyperparameter.AlphaValues, false, SetAlphaValues, "Sets values for liquid alpha");
        SudoSetCommitRevealWeightsInterval = OwnerOrRoot(57, "sudo_set_commit_reveal_weights_interval", [u64("interval")], Hyperparameter.WeightCommitInterval, true, SetRevealPeriod, "Sets the commit-reveal weights periods for a specific subnet.");
        SudoSetToggleTransfer = OwnerOrRoot(61, "sudo_set_toggle_transfer", [flag("toggle")], Hyperparameter.TransferEnabled, false, (c, n, _, a) => Insert(c, st.TransferToggle, n, a.Bool(1), st.TransferToggleSet), "Enables or disables stake transfers on a subnet.");
        SudoSetSubnetOwnerHotkey = DefineCall(64, "sudo_set_subnet_owner_hotkey", [NetUid(), P("hotkey", KnownTypes.AccountId32, "<T as frame_system::Config>::AccountId")], (c, o, a) => Result(st.DoSetSnOwnerHotkey(c, o, a.U16(0), a.AccountId(1))), new Weight(3_918_000, 0).SaturatingAdd(BlockLimits.ReadsWrites(0, 1)), docs: "Sets the hotkey of a subnet's owner (root or the subnet owner).");
        SudoSetSubnetMovingAlpha = DefineCall(63, "sudo_set_subnet_moving_alpha", [P("alpha", TypeRef.I128, "I96F32")], (c, o, a) => Result(EnsureRoot(o) ?? Put(c, st.SubnetMovingAlpha, (UInt128)a.Get<Int128>(0), null)), new Weight(2_955_000, 0).SaturatingAdd(BlockLimits.ReadsWrites(0, 1)), docs: "Sets the EMA factor of every subnet's moving price (root only).");
        SudoSetEmaPriceHalvingPeriod = DefineCall(65, "sudo_set_ema_price_halving_period", [NetUid(), u64("ema_halving")], (c, o, a) => Result(EnsureRoot(o) ?? Insert(c, st.EMAPriceHalvingBlocks, a.U16(0), a.U64(1), null)), SetterWeight(0, 1), docs: "Sets the EMA price halving period of a subnet.");
        SudoSetSubtokenEnabled = DefineCall(66, "sudo_set_subtoken_enabled", [NetUid(), flag("subtoken_enabled")], (c, o, a) => Result(EnsureRoot(o) ?? st.EnsureAdminWindowOpen(c, a.U16(0)) ?? Insert(c, st.SubtokenEnabled, a.U16(0), a.Bool(1), null)), SetterWeight(1, 1), docs: "Enables or disables the subtoken of a subnet.");
        SudoSetSnOwnerHotkey = DefineCall(67, "sudo_set_sn_owner_hotkey", [NetUid(), P("hotkey", KnownTypes.AccountId32, "<T as frame_system::Config>::AccountId")], (c, o, a) => Result(st.DoSetSnOwnerHotkey(c, o, a.U16(0), a.AccountId(1))), SetterWeight(2, 2), docs: "Sets the hotkey of a subnet's owner (root or the subnet owner).");
        SudoSetAlphaSigmoidSteepness = OwnerOrRoot(68, "sudo_set_alpha_sigmoid_steepness", [P("steepness", TypeRef.I16, "i16")], Hyperparameter.AlphaSigmoidSteepness, true, (c, n, owner, a) =>
            owner is not null && a.Get<short>(1) < 0 ? NegativeSigmoidSteepness : Insert(c, st.AlphaSigmoidSteepness, n, a.Get<short>(1), null), "Sets the steepness of the liquid-alpha sigmoid of a subnet; only root may set a negative value.");
        SudoSetYuma3Enabled = OwnerOrRoot(69, "sudo_set_yuma3_enabled", [flag("enabled")], Hyperparameter.Yuma3Enabled, false, (c, n, _, a) => Insert(c, st.Yuma3On, n, a.Bool(1), null) ?? Deposit(c, Yuma3EnableToggled, n, a.Bool(1)), "Enables or disables Yuma3 for a given subnet.");
        SudoSetBondsResetEnabled = OwnerOrRoot(70, "sudo_set_bonds_reset_enabled", [flag("enabled")], Hyperparameter.BondsResetEnabled, false, (c, n, _, a) => Insert(c, st.BondsResetOn, n, a.Bool(1), st.BondsResetOnSet) ?? Deposit(c, BondsResetToggled, n, a.Bool(1)), "Enables or disables Bonds Reset for a given subnet.");
        SudoSetCommitRevealVersion = RootGlobal(71, "sudo_set_commit_reveal_version", u16("version"), (c, a) => Put(c, st.CommitRevealWeightsVersion, a.U16(0), st.CommitRevealVersionSet), "Sets the commit-reveal weights version.");
        SudoSetOwnerImmuneNeuronLimit = OwnerOrRoot(72, "sudo_set_owner_immune_neuron_limit", [u16("immune_neurons")], Hyperparameter.ImmuneNeuronLimit, false, (c, n, _, a) =>
            a.U16(1) < SubtensorModule.MinImmuneOwnerUidsLimit || a.U16(1) > SubtensorModule.MaxImmuneOwnerUidsLimit ? st.InvalidValue : Insert(c, st.ImmuneOwnerUidsLimit, n, a.U16(1), null), "Sets the number of owner-immune neurons of a subnet.");
        SudoSetCkBurn = DefineCall(73, "sudo_set_ck_burn", [u64("burn")], (c, o, a) => Result(EnsureRoot(o) ?? Put(c, st.CKBurn, a.U64(0), null)), new Weight(15_650_000, 0).SaturatingAdd(BlockLimits.ReadsWrites(1, 1)), docs: "Sets the childkey burn for a subnet. It is only callable by the root account.");
        SudoSetAdminFreezeWindow = RootGlobal(74, "sudo_set_admin_freeze_window", u16("window"), (c, a) => Put(c, st.AdminFreezeWindow, a.U16(0), st.AdminFreezeWindowSet), "Sets the admin freeze window length (last N blocks of a tempo).");
        SudoSetOwnerHparamRateLimit = RootGlobal(75, "sudo_set_owner_hparam_rate_limit", u16("epochs"), (c, a) => Put(c, st.OwnerHyperparamRateLimit, a.U16(0), st.OwnerHyperparamRateLimitSet), "Sets the owner hyperparameter rate limit in tempos.");
        SudoSetMinAllowedUids = RootSubnet(79, "sudo_set_min_allowed_uids", u16("min_allowed_uids"), true, (c, n, a) =>
            a.U16(1) >= st.MaxAllowedUids.Get(c.Storage, n) ? MinAllowedUidsGreaterThanMaxAllowedUids
            : a.U16(1) >= st.SubnetworkN.Get(c.Storage, n) ? MinAllowedUidsGreaterThanCurrentUids
            : Insert(c, st.MinAllowedUids, n, a.U16(1), st.MinAllowedUidsSet), "Sets the minimum allowed UIDs of a subnet.");
        SudoSetStartCallDelay = RootGlobal(85, "sudo_set_start_call_delay", u64("delay"), (c, a) => Put(c, st.StartCallDelay, a.U64(0), st.StartCallDelaySet), "Sets the blocks a new subnet waits before start_call.");
        SudoSetBurnHalfLife = OwnerOrRoot(89, "sudo_set_burn_half_life", [u16("burn_half_life")], Hyperparameter.BurnHalfLife, true, (c, n, _, a) =>
            n == SubtensorModule.RootNetUid ? NotPermittedOnRootSubnet
            : a.U16(1) == 0 || a.U16(1) > MaxBurnHalfLife ? InvalidValue
            : Insert(c, st.BurnHalfLife, n, a.U16(1), null) ?? Deposit(c, BurnHalfLifeSet, n, a.U16(1)), "Sets the burn half-life (blocks) of a subnet's registration price.");
        SudoSetBurnIncreaseMult = OwnerOrRoot(90, "sudo_set_burn_increase_mult", [P("burn_increase_mult", TypeRef.U128, "U64F64")], Hyperparameter.BurnIncreaseMult, true, (c, n, _, a) =>
            n == SubtensorModule.RootNetUid ? NotPermittedOnRootSubnet
            : a.Get<UInt128>(1) < OneU64F64 || a.Get<UInt128>(1) > 3 * OneU64F64 ? InvalidValue
            : Insert(c, st.BurnIncreaseMult, n, a.Get<UInt128>(1), null) ?? Deposit(c, BurnIncreaseMultSet, n, a.Get<UInt128>(1)), "Sets the per-registration burn multiplier of a subnet.");
        SudoSetSubnetEmissionEnabled = RootSubnet(94, "sudo_set_subnet_emission_enabled", flag("enabled"), false, (c, n, a) =>
            n == SubtensorModule.RootNetUid ? NotPermittedOnRootSubnet : Insert(c, st.SubnetEmissionEnabled, n, a.Bool(1), null) ?? Deposit(c, SubnetEmissionEnabledSet, n, a.Bool(1)), "Enables or disables subnet pool-side emission for a subnet.");
        SudoSetMaxEpochsPerBlock = RootGlobal(96, "sudo_set_max_epochs_per_block", P("max_epochs_per_block", TypeRef.U8, "u8"), (c, a) =>
            a.U8(0) < 1 ? ValueNotInBounds : Put(c, st.MaxEpochsPerBlock, a.U8(0), st.MaxEpochsPerBlockSet), "Sets the per-block cap on subnet epochs.");
    }

    private static DispatchError? Put<T>(DispatchContext context, Framework.Storage.StorageValue<T> item, T value, EventDescriptor? setEvent)
    {
        item.Put(context.Storage, value);
        if (setEvent is not null)
        {
            context.DepositEvent(setEvent.Create(value));
        }

        return null;
    }

    private static DispatchError? Insert<T>(DispatchContext context, Framework.Storage.StorageMap<ushort, T> item, ushort netuid, T value, EventDescriptor? setEvent)
    {
        item.Insert(context.Storage, netuid, value);
        if (setEvent is not null)
        {
            context.DepositEvent(setEvent.Create(netuid, value));
        }

        return null;
    }

    private static DispatchError? Deposit(DispatchContext context, EventDescriptor descriptor, params object?[] fields)
    {
        context.DepositEvent(descriptor.Create(fields));
        return null;
    }

    /// <summary><c>sudo_set_weights_version_key</c>: its own owner rate limit (<c>WeightsVersionKeyRateLimit</c> tempos), recorded before the write.</summary>
    private DispatchResult DoSetWeightsVersionKey(DispatchContext context, Origin origin, CallArgs args)
    {
        ushort netuid = args.U16(0);
        if (_subtensor.EnsureOwnerOrRootWithLimits(context, origin, netuid, TransactionType.SetWeightsVersionKey, Hyperparameter.Unknown, out AccountId32? owner) is { } originError)
        {
            return originError;
        }

        if (_subtensor.EnsureAdminWindowOpen(context, netuid) is { } frozen)
        {
            return frozen;
        }

        if (!_subtensor.NetworksAdded.Get(context.Storage, netuid))
        {
            return SubnetDoesNotExist;
        }

        _subtensor.RecordOwnerRateLimit(context, owner, netuid, TransactionType.SetWeightsVersionKey, Hyperparameter.Unknown);
        Insert(context, _subtensor.WeightsVersionKey, netuid, args.U64(1), _subtensor.WeightsVersionKeySet);
        return DispatchResult.Ok;
    }

    private DispatchError? SetMaxAllowedUids(DispatchContext context, ushort netuid, AccountId32? owner, CallArgs args)
    {
        ushort max = args.U16(1);
        if (max < _subtensor.MinAllowedUids.Get(context.Storage, netuid))
        {
            return MaxAllowedUidsLessThanMinAllowedUids;
        }

        if (_subtensor.SubnetworkN.Get(context.Storage, netuid) > max)
        {
            return MaxAllowedUIdsLessThanCurrentUIds;
        }

        // One mechanism per subnet here, so ensure_max_uids_over_all_mechanisms is this same bound.
        if (max > SubtensorModule.DefaultMaxAllowedUids)
        {
            return MaxAllowedUidsGreaterThanDefaultMaxAllowedUids;
        }

        return Insert(context, _subtensor.MaxAllowedUids, netuid, max, _subtensor.MaxAllowedUidsSet);
    }

    /// <summary>Owners may not exceed 975 000 (checked before the subnet exists check, as upstream).</summary>
    private DispatchError? SetBondsMovingAverage(DispatchContext context, ushort netuid, AccountId32? owner, CallArgs args)
    {
        ulong value = args.U64(1);
        if (owner is not null && value > 975_000)
        {
            return BondsMovingAverageMaxReached;
        }

        if (!_subtensor.NetworksAdded.Get(context.Storage, netuid))
        {
            return SubnetDoesNotExist;
        }

        return Insert(context, _subtensor.BondsMovingAverage, netuid, value, _subtensor.BondsMovingAverageSet);
    }

    /// <summary><c>apply_tempo_with_cycle_reset</c>: root may set any tempo; the epoch cycle restarts at this block.</summary>
    private DispatchError? SetTempo(DispatchContext context, ushort netuid, CallArgs args)
    {
        Insert(context, _subtensor.Tempo, netuid, args.U16(1), _subtensor.TempoSet);
        _subtensor.LastEpochBlock.Insert(context.Storage, netuid, context.BlockNumber);
        return null;
    }

    /// <summary><c>do_set_alpha_values</c>: liquid alpha must be on; alpha_high ≥ 1638 and 1638 ≤ alpha_low ≤ alpha_high.</summary>
    private DispatchError? SetAlphaValues(DispatchContext context, ushort netuid, AccountId32? owner, CallArgs args)
    {
        const ushort MinAlpha = ushort.MaxValue / 40;
        ushort low = args.U16(1);
        ushort high = args.U16(2);
        if (!_subtensor.LiquidAlphaOn.Get(context.Storage, netuid))
        {
            return _subtensor.LiquidAlphaDisabled;
        }

        if (high < MinAlpha)
        {
            return _subtensor.AlphaHighTooLow;
        }

        if (low < MinAlpha || low > high)
        {
            return _subtensor.AlphaLowOutOfRange;
        }

        _subtensor.AlphaValues.Insert(context.Storage, netuid, (low, high));
        return null;
    }

    /// <summary><c>set_reveal_period</c>: 1 ≤ periods ≤ 100.</summary>
    private DispatchError? SetRevealPeriod(DispatchContext context, ushort netuid, AccountId32? owner, CallArgs args)
    {
        ulong periods = args.U64(1);
        if (periods > SubtensorModule.MaxCommitRevealPeriods)
        {
            return _subtensor.RevealPeriodTooLarge;
        }

        if (periods < SubtensorModule.MinCommitRevealPeriods)
        {
            return _subtensor.RevealPeriodTooSmall;
        }

        return Insert(context, _subtensor.RevealPeriodEpochs, netuid, periods, _subtensor.CommitRevealPeriodsSet);
    }
}
